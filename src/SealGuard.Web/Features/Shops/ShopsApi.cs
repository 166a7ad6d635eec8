using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Shops;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Http;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Shops;

public sealed record StaffView(long Id, string Name, StaffRole Role, bool IsActive);

public sealed record MyShopView(string ShopCode, string Name, string DivisionCode, string Address, string? Phone, IReadOnlyList<StaffView> Staff);

public static class ShopsApi
{
    public static RouteGroupBuilder MapShopsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/shops").WithTags("Shops").RequireCapability(Capability.FileSeals);
        group.MapGet("/me", async Task<Results<Ok<MyShopView>, NotFoundProblem>> (Actor actor, SealGuardDbContext db, CancellationToken ct) =>
            {
                var shop = await db.Shops.AsNoTracking().Include(s => s.Staff).SingleOrDefaultAsync(s => s.Id == actor.ShopId, ct);
                return shop is null
                    ? NotFoundProblem.From(Failure.NotFound("Shop.NotFound"))
                    : TypedResults.Ok(new MyShopView(shop.ShopCode, shop.Name, shop.DivisionCode, shop.Address, shop.Phone,
                        shop.Staff.OrderBy(s => s.Id).Select(s => new StaffView(s.Id, s.Person.Name, s.Role, s.IsActive)).ToList()));
            })
            .WithName("GetMyShop").WithSummary("The signed-in shop user's shop with its staff");
        return api;
    }
}
