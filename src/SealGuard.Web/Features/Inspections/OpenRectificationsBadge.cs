using System.Security.Claims;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Pages;

namespace SealGuard.Web.Features.Inspections;

/// <summary>The shop's open rectifications, as a badge on 整改通知 in the navigation.</summary>
public sealed class OpenRectificationsBadge(ListRectificationsHandler rectifications) : INavigationBadge
{
    public string Href => "/Shop/Rectifications";

    public string HiddenTextKey => "Nav.OpenRectifications";

    public async Task<int> CountAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var actor = Actor.FromPrincipal(user, null);
        return actor.Can(Capability.RespondToRectifications) && actor.ShopId is { } shopId ? await rectifications.OpenCountAsync(shopId, cancellationToken) : 0;
    }
}
