using Microsoft.AspNetCore.Mvc;
using SealGuard.Web.Features.WatchList;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Areas.Police.Pages.WatchList;

/// <summary>
/// 关注名单 for the PoliceAdmin: add a person by ID number (posted, never in the URL), see the list masked, remove an
/// entry with a reason. Other police roles get a plain 403.
/// </summary>
public sealed class IndexModel(ListWatchListHandler list, AddToWatchListHandler add, RemoveFromWatchListHandler remove) : PolicePage
{
    [BindProperty]
    public string? IdNumber { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? RemovalReason { get; set; }

    /// <summary>What was just done, after the redirect: <c>added</c> or <c>removed</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public IReadOnlyList<WatchListItem> Entries { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        var outcome = await add.HandleAsync(Actor, new WatchListRequest(IdNumber, Reason), cancellationToken);
        if (outcome.IsSuccess)
        {
            return RedirectToPage(new { done = "added" });
        }

        Errors.Add(outcome.Failure!);
        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveAsync(long id, CancellationToken cancellationToken)
    {
        var outcome = await remove.HandleAsync(Actor, id, new WatchListRemoval(RemovalReason), cancellationToken);
        if (outcome.IsSuccess)
        {
            return RedirectToPage(new { done = "removed" });
        }

        Errors.AddSummary(outcome.Failure!);
        return await ShowAsync(cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        var outcome = await list.HandleAsync(Actor, cancellationToken);
        if (outcome.Failure?.Kind == FailureKind.Forbidden)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Entries = outcome.Value ?? [];
        return Page();
    }
}
