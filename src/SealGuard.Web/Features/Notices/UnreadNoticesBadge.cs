using System.Security.Claims;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Pages;

namespace SealGuard.Web.Features.Notices;

/// <summary>The shop's unread notices, as a badge on 通知公告 in the navigation.</summary>
public sealed class UnreadNoticesBadge(ShopNoticesHandler notices) : INavigationBadge
{
    public const string ShopNoticesHref = "/Shop/Notices";

    public string Href => ShopNoticesHref;

    public async Task<int> CountAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var actor = Actor.FromPrincipal(user, null);
        return actor.Can(Capability.ReadNotices) && actor.ShopId is { } shopId ? await notices.UnreadCountAsync(shopId, cancellationToken) : 0;
    }
}
