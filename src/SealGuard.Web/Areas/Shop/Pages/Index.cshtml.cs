using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Reviews;
using SealGuard.Web.Features.Seals;
using SealGuard.Web.Features.Shops;

namespace SealGuard.Web.Areas.Shop.Pages;

/// <summary>工作台: the shop's work stages with counts linking to the filtered seal list, its returned filings to correct, and the latest filings.</summary>
public sealed class IndexModel(ShopWorkloadHandler handler, OperatorStandingHandler standing, ListReviewsHandler reviews) : PageModel
{
    public ShopWorkloadView Workload { get; private set; } = null!;

    public OperatorStanding Standing { get; private set; } = new(true, null, null);

    /// <summary>The shop's filings returned by police (已退回), oldest first, with their reasons.</summary>
    public IReadOnlyList<ReviewQueueItem> Returned { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public long? Resubmitted { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = Actor.FromPrincipal(User, HttpContext.Connection.RemoteIpAddress?.ToString());
        var outcome = await handler.HandleAsync(actor, cancellationToken);
        if (outcome.Value is not { } workload)
        {
            return Forbid();
        }

        Workload = workload;
        Standing = await standing.HandleAsync(actor, cancellationToken);
        Returned = (await reviews.HandleAsync(actor, nameof(Core.Filings.ReviewState.Returned), null, null, cancellationToken)).Value?.Items ?? [];
        return Page();
    }
}
