using Microsoft.AspNetCore.Mvc;
using SealGuard.Web.Features.Reviews;

namespace SealGuard.Web.Areas.Police.Pages.Reviews;

/// <summary>备案核验: the seal filings of the officer's jurisdiction by review state, oldest first, with the totals of each state.</summary>
public sealed class IndexModel(ListReviewsHandler handler) : PolicePage
{
    [BindProperty(SupportsGet = true)] public string? State { get; set; }

    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")] public int? PageNumber { get; set; }

    public ReviewQueuePage Queue { get; private set; } = null!;

    public ReviewOrder Order { get; private set; } = ReviewOrder.Default;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(Actor, State, Sort, PageNumber, cancellationToken);
        if (outcome.Value is not { } queue)
        {
            return BadRequest();
        }

        Queue = queue;
        Order = ReviewOrder.TryParse(queue.Sort, out var order) ? order : ReviewOrder.Default;
        return Page();
    }

    /// <summary>This list in another order or page, keeping the state.</summary>
    public string ListUrl(string sort, int page = 1) => $"/Police/Reviews?state={Queue.State}&sort={Uri.EscapeDataString(sort)}" + (page > 1 ? $"&page={page}" : string.Empty);
}
