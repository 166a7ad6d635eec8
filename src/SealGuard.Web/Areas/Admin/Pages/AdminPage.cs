using Microsoft.AspNetCore.Mvc.RazorPages;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Pages;

namespace SealGuard.Web.Areas.Admin.Pages;

/// <summary>Base of the admin pages: the signed-in administrator as an <see cref="Features.Identity.Actor"/>, and the last outcome's messages.</summary>
public abstract class AdminPage : PageModel
{
    protected Actor Actor => Actor.FromPrincipal(User, HttpContext.Connection.RemoteIpAddress?.ToString());

    /// <summary>The last refusal: field messages under their inputs, one not about a field (e.g. 用户名已存在) above the form.</summary>
    public FormErrors Errors { get; } = new();

    [Microsoft.AspNetCore.Mvc.TempData]
    public string? Notice { get; set; }
}
