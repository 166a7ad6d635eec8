using Microsoft.AspNetCore.Mvc;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Shops;

namespace SealGuard.Web.Areas.Shop;

/// <summary>The banner every shop page shows while the shop is suspended or closed (nothing while it is normal).</summary>
public sealed class ShopStandingViewComponent(ShopStandingHandler handler) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var actor = Actor.FromPrincipal(UserClaimsPrincipal, HttpContext.Connection.RemoteIpAddress?.ToString());
        var standing = (await handler.GetAsync(actor, HttpContext.RequestAborted)).Value;
        return standing is null || standing.AllowsSealWork ? Content(string.Empty) : View(standing);
    }
}
