using Microsoft.AspNetCore.Mvc.RazorPages;
using SealGuard.Web.Features.Identity;

namespace SealGuard.Web.Areas.Police.Pages;

/// <summary>Base of the police pages: the signed-in officer as the handlers' <see cref="Features.Identity.Actor"/>.</summary>
public abstract class PolicePage : PageModel
{
    protected Actor Actor => Actor.FromPrincipal(User, HttpContext.Connection.RemoteIpAddress?.ToString());

    public IReadOnlyDictionary<string, string[]> Errors { get; protected set; } = new Dictionary<string, string[]>();

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public string Invalid(string field) => Errors.ContainsKey(field) ? "is-invalid" : string.Empty;
}
