namespace SealGuard.Web.Pages;

/// <summary>Marker for the shared UI strings (<c>Pages/UiText.resx</c>; the neutral culture is zh-CN).</summary>
public sealed class UiText;
