using Microsoft.EntityFrameworkCore;
using SealGuard.Core;
using SealGuard.Core.Inspections;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Identity;

namespace SealGuard.Web.Features.Inspections;

/// <summary>One shop's inspection figures: inspections in the range, rectifications open and overdue today.</summary>
public sealed record ShopInspectionCount(long ShopId, int Inspections, int OpenRectifications, int OverdueRectifications);

/// <summary>
/// Per shop of the officer's jurisdiction, the inspections made between two UTC instants and the rectifications open now
/// (overdue judged on today's China date). Shops with none are left out. For the reports' supervision overview.
/// </summary>
public sealed class InspectionCountsHandler(SealGuardDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<ShopInspectionCount>> HandleAsync(Actor actor, DateTime fromUtc, DateTime beforeUtc, CancellationToken cancellationToken)
    {
        if (actor.Scope != ScopeKind.Jurisdiction || !actor.Can(Capability.ViewStatistics))
        {
            return [];
        }

        var shops = InspectionScope.Shops(db, actor).Select(s => s.Id);
        var inspections = await db.Inspections.AsNoTracking()
            .Where(i => shops.Contains(i.ShopId) && i.InspectedAt >= fromUtc && i.InspectedAt < beforeUtc)
            .GroupBy(i => i.ShopId)
            .Select(g => new { ShopId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(i => i.ShopId, i => i.Count, cancellationToken);
        var today = ChinaTime.Today(clock);
        var open = await db.Rectifications.AsNoTracking()
            .Where(r => shops.Contains(r.ShopId) && r.State == RectificationState.Open)
            .GroupBy(r => r.ShopId)
            .Select(g => new { ShopId = g.Key, Open = g.Count(), Overdue = g.Count(r => r.Deadline < today) })
            .ToDictionaryAsync(r => r.ShopId, cancellationToken);
        return inspections.Keys.Union(open.Keys)
            .Select(id => new ShopInspectionCount(id, inspections.GetValueOrDefault(id),
                open.TryGetValue(id, out var o) ? o.Open : 0, open.TryGetValue(id, out var d) ? d.Overdue : 0))
            .ToList();
    }
}
