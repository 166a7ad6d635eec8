using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Reports;

public sealed record SealCountsRebuilt(long Seals, int CountRows, int MonthRows);

/// <summary>
/// Recounts the dashboard's seal counters from the seals themselves (the migration that added them fills them with
/// the same statements). For repair after a manual change to <c>seals</c>; <c>sealguard stats rebuild</c>.
/// </summary>
public sealed class RebuildSealCountsHandler(SealGuardDbContext db, UnitOfWork unitOfWork, AuditTrail audit)
{
    /// <summary>Counts per division, shop, type and life state.</summary>
    public const string FillCounts = """
        INSERT INTO seal_counts (division_code, shop_id, type, life, count)
        SELECT division_code, shop_id, type, life, COUNT(*) FROM seals GROUP BY division_code, shop_id, type, life
        """;

    /// <summary>Accepted per division and China-time month (<c>yyyyMM</c>); times are stored as UTC on both providers.</summary>
    public const string FillMonthsPostgres = """
        INSERT INTO seal_month_counts (division_code, month, count)
        SELECT division_code, CAST(to_char((accepted_at AT TIME ZONE 'UTC') + INTERVAL '8 hours', 'YYYYMM') AS integer), COUNT(*)
        FROM seals GROUP BY 1, 2
        """;

    /// <inheritdoc cref="FillMonthsPostgres"/>
    public const string FillMonthsSqlite = """
        INSERT INTO seal_month_counts (division_code, month, count)
        SELECT division_code, CAST(strftime('%Y%m', accepted_at, '+8 hours') AS INTEGER), COUNT(*)
        FROM seals GROUP BY 1, 2
        """;

    public async Task<Outcome<SealCountsRebuilt>> HandleAsync(CancellationToken cancellationToken) =>
        await unitOfWork.ExecuteAsync<SealCountsRebuilt>(async ct =>
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM seal_counts", ct);
            await db.Database.ExecuteSqlRawAsync("DELETE FROM seal_month_counts", ct);
            var countRows = await db.Database.ExecuteSqlRawAsync(FillCounts, ct);
            var monthRows = await db.Database.ExecuteSqlRawAsync(db is PostgresSealGuardDbContext ? FillMonthsPostgres : FillMonthsSqlite, ct);
            var seals = await db.SealCounts.SumAsync(c => c.Count, ct);
            audit.Record(Actor.System, "SealCounts.Rebuilt", "SealCounts", "all",
                detail: string.Create(CultureInfo.InvariantCulture, $"seals={seals};countRows={countRows};monthRows={monthRows}"));
            return new SealCountsRebuilt(seals, countRows, monthRows);
        }, cancellationToken);
}
