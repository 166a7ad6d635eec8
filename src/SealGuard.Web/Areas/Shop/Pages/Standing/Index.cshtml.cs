using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Shops;

namespace SealGuard.Web.Areas.Shop.Pages.Standing;

/// <summary>本店状态与处罚: the shop's state as police set it, every change with its reason, and the penalties against it or its staff.</summary>
public sealed class IndexModel(GetShopStateHandler states, ListPenaltiesHandler penalties) : PageModel
{
    public ShopStateView State { get; private set; } = null!;

    public IReadOnlyList<PenaltyView> Penalties { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = Actor.FromPrincipal(User, HttpContext.Connection.RemoteIpAddress?.ToString());
        if ((await states.MineAsync(actor, cancellationToken)).Value is not { } state)
        {
            return Forbid();
        }

        State = state;
        Penalties = (await penalties.HandleAsync(actor, new PenaltyFilters(Limit: ListPenaltiesHandler.MaxLimit), cancellationToken)).Value?.Items ?? [];
        return Page();
    }
}
