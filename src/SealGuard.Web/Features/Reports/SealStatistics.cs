using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.CodeTables;
using SealGuard.Core.Divisions;
using SealGuard.Core.Filings;
using SealGuard.Web.Data;
using SealGuard.Web.Features.CodeTables;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Reports;

/// <summary>One bar or slice: a stable key (code), its label for people, and the number of seals.</summary>
public sealed record StatisticsRow(string Key, string Label, long Count);

public sealed record SealStatisticsView(
    long Total,
    IReadOnlyList<StatisticsRow> PerMonth,
    IReadOnlyList<StatisticsRow> ByType,
    IReadOnlyList<StatisticsRow> ByDivision,
    IReadOnlyList<StatisticsRow> TopShops,
    IReadOnlyList<StatisticsRow> ByLifeState);

/// <summary>
/// The police dashboard figures for the actor's jurisdiction, read from the pre-aggregated counters
/// (<see cref="SealCount"/>, <see cref="SealMonthCount"/>): a few thousand rows per province however many seals there
/// are. The counters move in the same transaction as the seals, so the figures are exact, not an estimate.
/// </summary>
public sealed class SealStatisticsHandler(SealGuardDbContext db, CodeTableService codeTables, TimeProvider clock)
{
    public const int Months = 12;
    public const int TopShopCount = 10;

    public async Task<Outcome<SealStatisticsView>> HandleAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.ViewStatistics))
        {
            return Failure.Forbidden();
        }

        // One read of the scoped counters; everything below is grouping a few thousand rows in memory.
        var counts = await db.SealCounts.AsNoTracking()
            .Where(JurisdictionFilter.For<SealCount>(c => c.DivisionCode, actor.Jurisdiction))
            .Where(c => c.Count != 0)
            .ToListAsync(cancellationToken);

        var firstMonth = ReportingMonth.Start(clock.GetUtcNow().UtcDateTime, Months - 1);
        var since = ReportingMonth.Key(firstMonth);
        var monthly = await db.SealMonthCounts.AsNoTracking()
            .Where(JurisdictionFilter.For<SealMonthCount>(c => c.DivisionCode, actor.Jurisdiction))
            .Where(c => c.Month >= since)
            .GroupBy(c => c.Month)
            .Select(g => new { Month = g.Key, Count = g.Sum(c => c.Count) })
            .ToDictionaryAsync(m => m.Month, m => m.Count, cancellationToken);
        var perMonth = Enumerable.Range(0, Months).Select(i =>
        {
            var month = firstMonth.AddMonths(i);
            var key = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            return new StatisticsRow(key, key, monthly.GetValueOrDefault(ReportingMonth.Key(month)));
        }).ToList();

        var names = await codeTables.LoadAsync([CodeTable.SealType], cancellationToken);
        var byType = counts.GroupBy(c => c.Type)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new StatisticsRow(g.Key, names.TryGetValue((CodeTable.SealType, g.Key), out var entry) ? entry.Name : g.Key, g.Sum(c => c.Count)))
            .Where(r => r.Count != 0)
            .ToList();

        var catalog = DivisionCatalog.Default;
        var byDivision = counts.GroupBy(c => c.DivisionCode)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new StatisticsRow(g.Key, catalog.Find(g.Key)?.Name ?? g.Key, g.Sum(c => c.Count)))
            .Where(r => r.Count != 0)
            .ToList();

        var shopTotals = counts.GroupBy(c => c.ShopId).Select(g => (ShopId: g.Key, Count: g.Sum(c => c.Count))).Where(s => s.Count != 0).ToList();
        var shopIds = shopTotals.Select(s => s.ShopId).ToList();
        var shops = await db.Shops.AsNoTracking().Where(s => shopIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => new { s.ShopCode, s.Name }, cancellationToken);
        var topShops = shopTotals
            .Select(s => new StatisticsRow(shops[s.ShopId].ShopCode, shops[s.ShopId].Name, s.Count))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Key, StringComparer.Ordinal)
            .Take(TopShopCount)
            .ToList();

        var byLifeState = Enum.GetValues<LifeState>()
            .Select(state => new StatisticsRow(state.ToString(), state.ToString(), counts.Where(c => c.Life == state).Sum(c => c.Count)))
            .ToList();

        return new SealStatisticsView(counts.Sum(c => c.Count), perMonth, byType, byDivision, topShops, byLifeState);
    }
}
