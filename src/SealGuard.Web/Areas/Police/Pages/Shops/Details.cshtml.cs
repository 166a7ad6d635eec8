using Microsoft.AspNetCore.Mvc;
using SealGuard.Core.Shops;
using SealGuard.Web.Features.Shops;
using SealGuard.Web.Infrastructure.Http;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Areas.Police.Pages.Shops;

/// <summary>
/// One shop of the jurisdiction: staff and seal volume, its state with every change and the form to change it, and its
/// penalties; another jurisdiction's shop is a 404.
/// </summary>
public sealed class DetailsModel(GetShopHandler handler, GetShopStateHandler states, ChangeShopStateHandler change, ListPenaltiesHandler penalties) : PolicePage
{
    [BindProperty(SupportsGet = true)] public string? Back { get; set; }

    /// <summary>Where 返回 goes: the shop list it came from (its county and order), or the plain list.</summary>
    public string BackToList => Web.Pages.ListReturn.To(IndexModel.Path, Back);

    public ShopDetails Shop { get; private set; } = null!;

    public ShopStateView State { get; private set; } = null!;

    public IReadOnlyList<PenaltyView> Penalties { get; private set; } = [];

    [BindProperty]
    public string? NewState { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public DateOnly? EffectiveOn { get; set; }

    /// <summary>Set after the redirect that follows a change, so the page says it was done.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Changed { get; set; }

    /// <summary>The states this officer may set the shop to now (none once it is closed).</summary>
    public IReadOnlyList<ShopState> Targets { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(string shopCode, CancellationToken cancellationToken) => ShowAsync(shopCode, cancellationToken);

    public async Task<IActionResult> OnPostStateAsync(string shopCode, CancellationToken cancellationToken)
    {
        if (DayModelBinderProvider.AnyInvalid(ModelState))
        {
            return await ShowAsync(shopCode, cancellationToken);
        }

        var outcome = await change.HandleAsync(Actor, shopCode, new ShopStateRequest(NewState, Reason, EffectiveOn), cancellationToken);
        if (outcome.IsSuccess)
        {
            return RedirectToPage(new { shopCode, changed = true });
        }

        if (outcome.Failure!.Kind == FailureKind.NotFound)
        {
            return NotFound();
        }

        Errors.Add(outcome.Failure);
        return await ShowAsync(shopCode, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(string shopCode, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(Actor, shopCode, cancellationToken);
        if (outcome.Value is null)
        {
            return NotFound();
        }

        Shop = outcome.Value;
        State = (await states.HandleAsync(Actor, shopCode, cancellationToken)).Value!;
        Penalties = (await penalties.HandleAsync(Actor, new PenaltyFilters(ShopCode: shopCode, Limit: ListPenaltiesHandler.MaxLimit), cancellationToken)).Value?.Items ?? [];
        Targets = State.SetState == ShopState.Closed ? []
            : [.. Enum.GetValues<ShopState>().Where(s => s != State.SetState && Actor.Can(s == ShopState.Closed ? Features.Identity.Capability.CloseShops : Features.Identity.Capability.SuspendShops))];
        return Page();
    }
}
