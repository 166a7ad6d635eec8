using Microsoft.EntityFrameworkCore;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Shops;

/// <summary>The signed-in shop user's shop with its staff (names, roles and registration states), for the staff page and the engraver picker.</summary>
public sealed class ListStaffHandler(SealGuardDbContext db)
{
    public async Task<Outcome<MyShopView>> HandleAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.FileSeals))
        {
            return Failure.Forbidden();
        }

        var shop = await db.Shops.AsNoTracking().Include(s => s.Staff).SingleOrDefaultAsync(s => s.Id == actor.ShopId, cancellationToken);
        return shop is null
            ? Failure.NotFound("Shop.NotFound")
            : new MyShopView(shop.ShopCode, shop.Name, shop.DivisionCode, shop.Address, shop.Phone,
                shop.Staff.OrderBy(s => s.Id).Select(s => new StaffView(s.Id, s.Person.Name, s.Role, s.State)).ToList());
    }
}
