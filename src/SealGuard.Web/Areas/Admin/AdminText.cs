namespace SealGuard.Web.Areas.Admin;

/// <summary>Marker for the admin pages' strings (<c>Areas/Admin/AdminText.resx</c>, zh-CN).</summary>
public sealed class AdminText;
