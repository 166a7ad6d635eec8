using Microsoft.AspNetCore.Mvc;
using SealGuard.Core.Supervision;
using SealGuard.Web.Features.SuspiciousReports;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Areas.Police.Pages.SuspiciousReports;

/// <summary>可疑情况 of the jurisdiction by state (new first), and the officer's own report form.</summary>
public sealed class IndexModel(ListSuspiciousReportsHandler list, FileSuspiciousReportHandler file) : PolicePage
{
    [BindProperty(SupportsGet = true)]
    public SuspiciousReportState? State { get; set; } = SuspiciousReportState.New;

    [BindProperty]
    public SuspiciousReportRequest Report { get; set; } = new(null, null, null, null, null);

    public IReadOnlyList<SuspiciousReportView> Reports { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostFileAsync(CancellationToken cancellationToken)
    {
        var outcome = await file.HandleAsync(Actor, Report, cancellationToken);
        if (outcome.Value is { } filed)
        {
            return RedirectToPage("Details", new { id = filed.Id });
        }

        Errors.Add(outcome.Failure!);
        return await ShowAsync(cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        var outcome = await list.HandleAsync(Actor, State?.ToString(), cancellationToken);
        if (outcome.Failure?.Kind == FailureKind.Forbidden)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Reports = outcome.Value ?? [];
        return Page();
    }
}
