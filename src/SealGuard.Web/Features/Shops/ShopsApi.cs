using SealGuard.Core.Shops;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Http;

namespace SealGuard.Web.Features.Shops;

/// <summary>A staff member as the own shop's terminal lists them; only <see cref="StaffRules.IsEligible"/> ones may be chosen as engraver.</summary>
public sealed record StaffView(long Id, string Name, StaffRole Role, StaffState State);

public sealed record MyShopView(string ShopCode, string Name, string DivisionCode, string Address, string? Phone, IReadOnlyList<StaffView> Staff);

public static class ShopsApi
{
    public static RouteGroupBuilder MapShopsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/shops").WithTags("Shops").RequireCapability(Capability.FileSeals);
        group.MapGet("/me", async (Actor actor, ListStaffHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.HandleAsync(actor, ct)).Or<NotFoundProblem>())
            .WithName("GetMyShop").WithSummary("The signed-in shop user's shop with its staff");
        return api;
    }
}
