using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Reports;

public sealed record SealCountsRebuilt(long Seals, int CountRows, int MonthRows);

/// <summary>
/// Recounts the dashboard's seal counters and the reports' day and month counters from the seals themselves (the migration that added them fills them with
/// the same statements). For repair after a manual change to <c>seals</c>; <c>sealguard stats rebuild</c>.
/// </summary>
public sealed class RebuildSealCountsHandler(SealGuardDbContext db, UnitOfWork unitOfWork, AuditTrail audit)
{
    public async Task<Outcome<SealCountsRebuilt>> HandleAsync(CancellationToken cancellationToken) =>
        await unitOfWork.ExecuteAsync<SealCountsRebuilt>(async ct =>
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM seal_counts", ct);
            await db.Database.ExecuteSqlRawAsync("DELETE FROM seal_month_counts", ct);
            await db.Database.ExecuteSqlRawAsync("DELETE FROM seal_day_counts", ct);
            await db.Database.ExecuteSqlRawAsync("DELETE FROM seal_reason_month_counts", ct);
            var countRows = await db.Database.ExecuteSqlRawAsync(DatabaseDialect.FillSealCounts, ct);
            var monthRows = await db.Database.ExecuteSqlRawAsync(db.Dialect.FillSealMonthCounts, ct);
            await db.Database.ExecuteSqlRawAsync(db.Dialect.FillSealDayCounts, ct);
            await db.Database.ExecuteSqlRawAsync(db.Dialect.FillSealReasonMonthCounts, ct);
            var seals = await db.SealCounts.SumAsync(c => c.Count, ct);
            audit.Record(Actor.System, "SealCounts.Rebuilt", "SealCounts", "all",
                detail: string.Create(CultureInfo.InvariantCulture, $"seals={seals};countRows={countRows};monthRows={monthRows}"));
            return new SealCountsRebuilt(seals, countRows, monthRows);
        }, cancellationToken);
}
