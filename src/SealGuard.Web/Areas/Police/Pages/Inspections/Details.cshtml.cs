using Microsoft.AspNetCore.Mvc;
using SealGuard.Web.Features.Inspections;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Areas.Police.Pages.Inspections;

/// <summary>One inspection: who, when, where, each item with its legal basis and result, the photos, the rectification it issued, the printable record.</summary>
public sealed class DetailsModel(GetInspectionHandler handler) : PolicePage
{
    [BindProperty(SupportsGet = true)] public string? Back { get; set; }

    /// <summary>"recorded" right after the form saved it.</summary>
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }

    public InspectionDetails Inspection { get; private set; } = null!;

    public string BackToList => Web.Pages.ListReturn.To(IndexModel.Path, Back);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(Actor, id, cancellationToken);
        if (outcome.Value is null)
        {
            return outcome.Failure!.Kind == FailureKind.Forbidden ? StatusCode(StatusCodes.Status403Forbidden) : NotFound();
        }

        Inspection = outcome.Value;
        return Page();
    }
}
