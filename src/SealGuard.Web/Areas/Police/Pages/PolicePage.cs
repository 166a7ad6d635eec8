using Microsoft.AspNetCore.Mvc.RazorPages;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Pages;

namespace SealGuard.Web.Areas.Police.Pages;

/// <summary>Base of the police pages: the signed-in officer as the handlers' <see cref="Features.Identity.Actor"/>.</summary>
public abstract class PolicePage : PageModel
{
    protected Actor Actor => Actor.FromPrincipal(User, HttpContext.Connection.RemoteIpAddress?.ToString());

    /// <summary>The last refusal, field messages under their inputs.</summary>
    public FormErrors Errors { get; } = new();
}
