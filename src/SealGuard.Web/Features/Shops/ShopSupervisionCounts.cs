using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Shops;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Identity;

namespace SealGuard.Web.Features.Shops;

/// <summary>One shop's figures for the supervision overview: its state as set, its staff by state, its penalties decided in the range.</summary>
public sealed record ShopSupervisionCount(long ShopId, string DivisionCode, ShopState State, int StaffAccepted, int StaffPending, int StaffReturned,
    int StaffDeregistered, int Penalties, long FineCents);

/// <summary>
/// The shops of the officer's jurisdiction under the given division prefixes with their staff and penalty counts, each counted in
/// the database (one row per shop comes back). For the reports' supervision overview.
/// </summary>
public sealed class ShopSupervisionCountsHandler(SealGuardDbContext db)
{
    public async Task<IReadOnlyList<ShopSupervisionCount>> HandleAsync(Actor actor, IReadOnlyList<string> prefixes, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        if (actor.Scope != ScopeKind.Jurisdiction || !actor.Can(Capability.ViewStatistics))
        {
            return [];
        }

        var staff = await db.ShopStaff.AsNoTracking().GroupBy(s => new { s.ShopId, s.State })
            .Select(g => new { g.Key.ShopId, g.Key.State, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var penalties = await db.Penalties.AsNoTracking().Where(p => p.DecidedOn >= from && p.DecidedOn <= to)
            .GroupBy(p => p.ShopId)
            .Select(g => new { ShopId = g.Key, Count = g.Count(), Fines = g.Sum(p => p.AmountCents ?? 0) })
            .ToDictionaryAsync(p => p.ShopId, cancellationToken);
        var shops = await db.Shops.AsNoTracking().VisibleTo(actor).Where(JurisdictionFilter.For<EngravingShop>(s => s.DivisionCode, prefixes))
            .Select(s => new { s.Id, s.DivisionCode, s.State })
            .ToListAsync(cancellationToken);

        int Staff(long shopId, StaffState state) => staff.Where(s => s.ShopId == shopId && s.State == state).Sum(s => s.Count);
        return shops.Select(s => new ShopSupervisionCount(s.Id, s.DivisionCode, s.State,
                Staff(s.Id, StaffState.Accepted), Staff(s.Id, StaffState.Pending), Staff(s.Id, StaffState.Returned), Staff(s.Id, StaffState.Deregistered),
                penalties.TryGetValue(s.Id, out var p) ? p.Count : 0, penalties.TryGetValue(s.Id, out var f) ? f.Fines : 0))
            .ToList();
    }
}
