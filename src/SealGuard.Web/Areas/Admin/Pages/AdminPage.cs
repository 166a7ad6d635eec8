using Microsoft.AspNetCore.Mvc.RazorPages;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Areas.Admin.Pages;

/// <summary>Base of the admin pages: the signed-in administrator as an <see cref="Features.Identity.Actor"/>, and the last outcome's messages.</summary>
public abstract class AdminPage : PageModel
{
    protected Actor Actor => Actor.FromPrincipal(User, HttpContext.Connection.RemoteIpAddress?.ToString());

    public IReadOnlyDictionary<string, string[]> Errors { get; protected set; } = new Dictionary<string, string[]>();

    /// <summary>A refusal that is not about one field (e.g. 用户名已存在), shown above the form.</summary>
    public string? Message { get; protected set; }

    [Microsoft.AspNetCore.Mvc.TempData]
    public string? Notice { get; set; }

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public string Invalid(string field) => Errors.ContainsKey(field) ? "is-invalid" : string.Empty;

    protected void Show(Failure failure)
    {
        Errors = failure.Errors ?? new Dictionary<string, string[]>();
        Message = failure.Errors is null ? failure.Message : null;
    }
}
