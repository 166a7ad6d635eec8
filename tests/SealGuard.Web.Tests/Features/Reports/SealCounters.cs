using System.Data;
using Microsoft.EntityFrameworkCore;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Reports;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Reports;

/// <summary>Reads the dashboard's counters and recounts the seals themselves, both in one database snapshot.</summary>
public static class SealCounters
{
    public sealed record Figures(
        List<(string Division, long Shop, string Type, string Life, long Count)> Counts,
        List<(string Division, int Month, long Count)> Months);

    /// <summary>The counters (zero rows left out) and the same figures counted from <c>seals</c>, in the one snapshot.</summary>
    public static Task<(Figures Counters, Figures Recounted)> ReadAsync(SealGuardApp app) => app.WithDbAsync(async db =>
    {
        var ct = TestContext.Current.CancellationToken;
        // One snapshot for both reads: other tests keep filing on a shared app.
        await using var transaction = await db.Database.BeginTransactionAsync(
            db is PostgresSealGuardDbContext ? IsolationLevel.RepeatableRead : IsolationLevel.Serializable, ct);
        var counts = (await db.SealCounts.AsNoTracking().Where(c => c.Count != 0).ToListAsync(ct))
            .Select(c => (c.DivisionCode, c.ShopId, c.Type, c.Life.ToString(), c.Count)).Order().ToList();
        var months = (await db.SealMonthCounts.AsNoTracking().Where(c => c.Count != 0).ToListAsync(ct))
            .Select(c => (c.DivisionCode, c.Month, c.Count)).Order().ToList();
        var seals = await db.Seals.AsNoTracking().Select(s => new { s.DivisionCode, s.ShopId, s.Type, s.Life, s.AcceptedAt }).ToListAsync(ct);
        var recounted = new Figures(
            seals.GroupBy(s => (s.DivisionCode, s.ShopId, s.Type, Life: s.Life.ToString())).Select(g => (g.Key.DivisionCode, g.Key.ShopId, g.Key.Type, g.Key.Life, g.LongCount())).Order().ToList(),
            seals.GroupBy(s => (s.DivisionCode, Month: ReportingMonth.Of(s.AcceptedAt))).Select(g => (g.Key.DivisionCode, g.Key.Month, g.LongCount())).Order().ToList());
        return (new Figures(counts, months), recounted);
    });

    public static async Task ShouldMatchTheSealsAsync(SealGuardApp app)
    {
        var (counters, recounted) = await ReadAsync(app);
        counters.Counts.ShouldBe(recounted.Counts);
        counters.Months.ShouldBe(recounted.Months);
    }
}
