using Microsoft.AspNetCore.Mvc.RazorPages;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Notices;

namespace SealGuard.Web.Areas.Shop.Pages.Notices;

/// <summary>通知公告 addressed to the shop, newest first, the unread ones highlighted.</summary>
public sealed class IndexModel(ShopNoticesHandler handler) : PageModel
{
    public ShopNotices Notices { get; private set; } = new(0, []);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Notices = (await handler.HandleAsync(Actor.FromPrincipal(User, HttpContext.Connection.RemoteIpAddress?.ToString()), cancellationToken)).Value ?? Notices;
}
