using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Inspections;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Areas.Shop.Pages.Inspections;

/// <summary>One police inspection of the own shop, read-only: items with legal basis and result, photos, the rectification it issued.</summary>
public sealed class DetailsModel(GetInspectionHandler handler) : PageModel
{
    public InspectionDetails Inspection { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(Actor.FromPrincipal(User, HttpContext.Connection.RemoteIpAddress?.ToString()), id, cancellationToken);
        if (outcome.Value is null)
        {
            return outcome.Failure!.Kind == FailureKind.Forbidden ? StatusCode(StatusCodes.Status403Forbidden) : NotFound();
        }

        Inspection = outcome.Value;
        return Page();
    }
}
