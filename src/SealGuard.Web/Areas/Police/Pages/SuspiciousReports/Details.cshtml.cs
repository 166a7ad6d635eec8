using Microsoft.AspNetCore.Mvc;
using SealGuard.Web.Features.SuspiciousReports;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Areas.Police.Pages.SuspiciousReports;

/// <summary>One 可疑情况: what was reported and its links, 由我处理 (assign to me) and 办结 with a note.</summary>
public sealed class DetailsModel(GetSuspiciousReportHandler get, HandleSuspiciousReportHandler handle) : PolicePage
{
    [BindProperty]
    public string? Note { get; set; }

    public SuspiciousReportView Report { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) => ShowAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostAssignAsync(long id, CancellationToken cancellationToken) =>
        await DoneAsync(id, await handle.AssignAsync(Actor, id, new AssignRequest(null), cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostCloseAsync(long id, CancellationToken cancellationToken) =>
        await DoneAsync(id, await handle.CloseAsync(Actor, id, new CloseRequest(Note), cancellationToken), cancellationToken);

    private async Task<IActionResult> DoneAsync(long id, Outcome<SuspiciousReportView> outcome, CancellationToken cancellationToken)
    {
        if (outcome.IsSuccess)
        {
            return RedirectToPage(new { id });
        }

        if (outcome.Failure!.Kind == FailureKind.NotFound)
        {
            return NotFound();
        }

        Errors.Add(outcome.Failure);
        return await ShowAsync(id, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(long id, CancellationToken cancellationToken)
    {
        var outcome = await get.HandleAsync(Actor, id, cancellationToken);
        if (outcome.Value is null)
        {
            return outcome.Failure?.Kind == FailureKind.Forbidden ? StatusCode(StatusCodes.Status403Forbidden) : NotFound();
        }

        Report = outcome.Value;
        return Page();
    }
}
