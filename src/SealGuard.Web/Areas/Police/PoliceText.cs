namespace SealGuard.Web.Areas.Police;

/// <summary>Marker for the police console and public directory strings (<c>Areas/Police/PoliceText.resx</c>, zh-CN).</summary>
public sealed class PoliceText;
