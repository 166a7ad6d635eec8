using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Divisions;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Shops;

/// <summary>A filed shop as a choice in a form: its code, name and county.</summary>
public sealed record ShopChoice(string ShopCode, string Name, string DivisionName);

/// <summary>Every filed shop, for the administrator binding a shop account to its shop (the server still checks the code).</summary>
public sealed class ListShopChoicesHandler(SealGuardDbContext db)
{
    public async Task<Outcome<IReadOnlyList<ShopChoice>>> HandleAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.AdministerUsers))
        {
            return Failure.Forbidden();
        }

        var rows = await db.Shops.AsNoTracking().OrderBy(s => s.DivisionCode).ThenBy(s => s.Name)
            .Select(s => new { s.ShopCode, s.Name, s.DivisionCode }).ToListAsync(cancellationToken);
        return rows.Select(r => new ShopChoice(r.ShopCode, r.Name, DivisionCatalog.Default.Find(r.DivisionCode)?.Name ?? r.DivisionCode)).ToList();
    }
}
