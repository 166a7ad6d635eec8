using Microsoft.AspNetCore.Mvc;
using SealGuard.Core.Shops;
using SealGuard.Web.Features.Shops;

namespace SealGuard.Web.Areas.Police.Pages.ShopFilings;

/// <summary>刻章业备案审核: the jurisdiction's shop filings by tab (awaiting decision, returned, accepted) with the totals of each.</summary>
public sealed class IndexModel(ReadShopFilingsHandler reader) : PolicePage
{
    public static readonly ShopFilingState[] Tabs = [ShopFilingState.Submitted, ShopFilingState.Returned, ShopFilingState.Accepted];

    [BindProperty(SupportsGet = true)] public ShopFilingState? State { get; set; }

    public ShopFilingList Queue { get; private set; } = new([], new(0, 0, 0));

    public ShopFilingState Shown => State is { } s && Tabs.Contains(s) ? s : ShopFilingState.Submitted;

    public int Total(ShopFilingState state) => state switch
    {
        ShopFilingState.Submitted => Queue.Totals.Submitted,
        ShopFilingState.Returned => Queue.Totals.Returned,
        _ => Queue.Totals.Accepted,
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var outcome = await reader.QueueAsync(Actor, Shown, cancellationToken);
        if (outcome.Value is not { } queue)
        {
            return Forbid();
        }

        Queue = queue;
        return Page();
    }
}
