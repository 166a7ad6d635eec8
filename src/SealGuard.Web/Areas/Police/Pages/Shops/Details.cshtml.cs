using Microsoft.AspNetCore.Mvc;
using SealGuard.Web.Features.Shops;

namespace SealGuard.Web.Areas.Police.Pages.Shops;

/// <summary>One shop of the jurisdiction: staff and seal volume; another jurisdiction's shop is a 404.</summary>
public sealed class DetailsModel(GetShopHandler handler) : PolicePage
{
    [BindProperty(SupportsGet = true)] public string? Back { get; set; }

    /// <summary>Where 返回 goes: the shop list it came from (its county and order), or the plain list.</summary>
    public string BackToList => Web.Pages.ListReturn.To(IndexModel.Path, Back);

    public ShopDetails Shop { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string shopCode, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(Actor, shopCode, cancellationToken);
        if (outcome.Value is null)
        {
            return NotFound();
        }

        Shop = outcome.Value;
        return Page();
    }
}
