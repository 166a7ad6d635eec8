using Microsoft.EntityFrameworkCore;
using SealGuard.Core.CodeTables;
using SealGuard.Core.Divisions;
using SealGuard.Core.Filings;
using SealGuard.Web.Data;
using SealGuard.Web.Features.CodeTables;
using SealGuard.Web.Features.Filings;
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
/// The police dashboard figures for the actor's jurisdiction. Every figure is a GROUP BY in the database over the
/// scoped seals, so the cost does not grow with what the page would have to load; only the small result rows come back.
/// </summary>
public sealed class SealStatisticsHandler(SealGuardDbContext db, CodeTableService codeTables, TimeProvider clock)
{
    public const int Months = 12;
    public const int TopShopCount = 10;

    // Months are counted in China Standard Time (UTC+8, no daylight saving), as officers read them.
    private const int ChinaOffsetHours = 8;

    public async Task<Outcome<SealStatisticsView>> HandleAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (!actor.IsPolice)
        {
            return Failure.Forbidden();
        }

        var seals = db.Seals.AsNoTracking().VisibleTo(actor);
        var total = await seals.LongCountAsync(cancellationToken);

        var nowChina = clock.GetUtcNow().UtcDateTime.AddHours(ChinaOffsetHours);
        var firstMonth = new DateTime(nowChina.Year, nowChina.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(-(Months - 1));
        var sinceUtc = firstMonth.AddHours(-ChinaOffsetHours);
        var monthly = await seals.Where(s => s.AcceptedAt >= sinceUtc)
            .Select(s => s.AcceptedAt.AddHours(ChinaOffsetHours))
            .GroupBy(t => new { t.Year, t.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        var perMonth = Enumerable.Range(0, Months).Select(i =>
        {
            var month = firstMonth.AddMonths(i);
            var key = month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
            var count = monthly.Where(m => m.Year == month.Year && m.Month == month.Month).Sum(m => m.Count);
            return new StatisticsRow(key, key, count);
        }).ToList();

        var names = await codeTables.LoadAsync([CodeTable.SealType], cancellationToken);
        var byType = (await seals.GroupBy(s => s.Type).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(cancellationToken))
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => new StatisticsRow(r.Key, names.TryGetValue((CodeTable.SealType, r.Key), out var entry) ? entry.Name : r.Key, r.Count))
            .ToList();

        var catalog = DivisionCatalog.Default;
        var byDivision = (await seals.GroupBy(s => s.DivisionCode).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(cancellationToken))
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => new StatisticsRow(r.Key, catalog.Find(r.Key)?.Name ?? r.Key, r.Count))
            .ToList();

        var topShops = await (from g in seals.GroupBy(s => s.ShopId).Select(g => new { ShopId = g.Key, Count = g.LongCount() })
                              join shop in db.Shops on g.ShopId equals shop.Id
                              orderby g.Count descending, shop.ShopCode
                              select new StatisticsRow(shop.ShopCode, shop.Name, g.Count))
            .Take(TopShopCount)
            .ToListAsync(cancellationToken);

        var lifeCounts = await seals.GroupBy(s => s.Life).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(cancellationToken);
        var byLifeState = Enum.GetValues<LifeState>()
            .Select(state => new StatisticsRow(state.ToString(), state.ToString(), lifeCounts.Where(c => c.Key == state).Sum(c => c.Count)))
            .ToList();

        return new SealStatisticsView(total, perMonth, byType, byDivision, topShops, byLifeState);
    }
}
