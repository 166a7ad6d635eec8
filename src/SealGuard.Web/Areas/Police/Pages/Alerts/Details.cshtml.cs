using Microsoft.AspNetCore.Mvc;
using SealGuard.Web.Features.Alerts;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Areas.Police.Pages.Alerts;

/// <summary>One alert: what triggered it with links, its handling, and the 指派 and 结案 forms (a note required to close).</summary>
public sealed class DetailsModel(GetAlertHandler get, AssignAlertHandler assign, CloseAlertHandler close) : PolicePage
{
    [BindProperty] public long? AssigneeUserId { get; set; }
    [BindProperty] public string? Note { get; set; }

    /// <summary>Set after the redirect that follows an action, so the page says what was done.</summary>
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }

    public AlertView Alert { get; private set; } = null!;

    public IReadOnlyList<AlertAssignee> Assignees { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) => ShowAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostAssignAsync(long id, CancellationToken cancellationToken) =>
        await AfterAsync(id, "assigned", await assign.HandleAsync(Actor, id, new AssignAlertRequest(AssigneeUserId), cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostCloseAsync(long id, CancellationToken cancellationToken) =>
        await AfterAsync(id, "closed", await close.HandleAsync(Actor, id, new CloseAlertRequest(Note), cancellationToken), cancellationToken);

    private async Task<IActionResult> AfterAsync(long id, string done, Outcome<AlertView> outcome, CancellationToken cancellationToken)
    {
        if (outcome.IsSuccess)
        {
            return RedirectToPage(new { id, done });
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
            return NotFound();
        }

        Alert = outcome.Value;
        Assignees = await get.AssigneesAsync(Actor, id, cancellationToken);
        return Page();
    }
}
