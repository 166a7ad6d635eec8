using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SealGuard.Core;
using SealGuard.Core.Filings;
using SealGuard.Web.Data;

namespace SealGuard.Web.Features.Reports;

/// <summary>
/// Pre-aggregated number of seals per division, shop, seal type and life state: the dashboard reads a few thousand of
/// these rows instead of grouping millions of seals. Kept in step with <c>seals</c> in the same transaction by
/// <see cref="SealCountsParticipant"/>.
/// </summary>
public sealed class SealCount
{
    public string DivisionCode { get; private set; } = null!;
    public long ShopId { get; private set; }
    public string Type { get; private set; } = null!;
    public LifeState Life { get; private set; }
    public long Count { get; private set; }
}

/// <summary>Pre-aggregated number of seals accepted per division and month (China Standard Time, <c>yyyyMM</c>).</summary>
public sealed class SealMonthCount
{
    public string DivisionCode { get; private set; } = null!;
    public int Month { get; private set; }
    public long Count { get; private set; }
}

internal sealed class SealCountConfiguration : IEntityTypeConfiguration<SealCount>
{
    public void Configure(EntityTypeBuilder<SealCount> builder)
    {
        builder.ToTable("seal_counts");
        builder.HasKey(c => new { c.DivisionCode, c.ShopId, c.Type, c.Life });
        builder.Property(c => c.DivisionCode).HasMaxLength(6);
        builder.Property(c => c.Type).HasMaxLength(8);
        builder.Property(c => c.Life).HasConversion<string>().HasMaxLength(16);
    }
}

internal sealed class SealMonthCountConfiguration : IEntityTypeConfiguration<SealMonthCount>
{
    public void Configure(EntityTypeBuilder<SealMonthCount> builder)
    {
        builder.ToTable("seal_month_counts");
        builder.HasKey(c => new { c.DivisionCode, c.Month });
        builder.Property(c => c.DivisionCode).HasMaxLength(6);
    }
}

/// <summary>Months as officers read them: China Standard Time (UTC+8, no daylight saving).</summary>
public static class ReportingMonth
{
    /// <summary>The month of a UTC instant as <c>yyyyMM</c>.</summary>
    public static int Of(DateTime utc) => ChinaTime.MonthKey(utc);

    /// <summary>The <c>yyyyMM</c> key of a China-time date.</summary>
    public static int Key(DateTime china) => ChinaTime.MonthKeyOfChinaDate(china);

    /// <summary>The first day (00:00 China time) of the month <paramref name="monthsBack"/> before the one holding <paramref name="utcNow"/>.</summary>
    public static DateTime Start(DateTime utcNow, int monthsBack) => ChinaTime.MonthStart(utcNow, monthsBack);
}

/// <summary>
/// The changes a unit of work makes to the seal counters (and the report counters, <see cref="SealDayCount"/>): +1 for a new seal, −1/+1 when a seal's life state moves. Applied as
/// atomic upserts (<c>count = count + n</c>) in its transaction (<see cref="SealCountsParticipant"/>), in key order so concurrent savers cannot deadlock;
/// concurrent intakes in one division already queue on that division's code counter, so the counter rows add no wait.
/// </summary>
internal sealed class SealCountChanges
{
    // Keeps every statement well under SQLite's and PostgreSQL's parameter limits.
    private const int RowsPerStatement = 200;

    private readonly SortedDictionary<(string Division, long Shop, string Type, string Life), long> _counts = [];
    private readonly SortedDictionary<(string Division, int Month), long> _months = [];
    private readonly SortedDictionary<(string Division, int Day, long Shop, string Type, string Reason), long> _days = [];
    private readonly SortedDictionary<(string Division, int Month, long Shop, string Type, string Reason), long> _reasonMonths = [];

    /// <summary>What a unit of work's saves did to seals: inserts, and life-state moves.</summary>
    public static SealCountChanges From(ChangeSet changes)
    {
        var counts = new SealCountChanges();
        foreach (var change in changes.Of<Seal>())
        {
            var seal = (Seal)change.Entity;
            switch (change.State)
            {
                case EntityState.Added:
                    counts.Add(seal.DivisionCode, seal.ShopId, seal.Type, seal.Reason, change.Saved<LifeState>(nameof(Seal.Life)), seal.AcceptedAt);
                    break;
                case EntityState.Modified when change.IsModified(nameof(Seal.Life)):
                    var before = change.Original<LifeState>(nameof(Seal.Life));
                    var after = change.Saved<LifeState>(nameof(Seal.Life));
                    if (before != after)
                    {
                        counts.Count(seal.DivisionCode, seal.ShopId, seal.Type, before, -1);
                        counts.Count(seal.DivisionCode, seal.ShopId, seal.Type, after, +1);
                    }

                    break;
                case EntityState.Deleted:
                    throw new InvalidOperationException("Seals are never deleted; the seal counters assume so.");
            }
        }

        return counts;
    }

    /// <summary>The bulk loader's seals, each written as it now is (with its whole history at once).</summary>
    public static SealCountChanges From(BulkBatch batch)
    {
        var counts = new SealCountChanges();
        foreach (var seal in batch.Seals)
        {
            counts.Add(seal.DivisionCode, seal.ShopId, seal.Type, seal.Reason, seal.Life, seal.AcceptedAt);
        }

        return counts;
    }

    public async Task ApplyAsync(DbContext db, CancellationToken cancellationToken)
    {
        foreach (var chunk in _counts.Where(c => c.Value != 0).Chunk(RowsPerStatement))
        {
            await UpsertAsync(db, "seal_counts", ["division_code", "shop_id", "type", "life"],
                chunk.Select(c => new object[] { c.Key.Division, c.Key.Shop, c.Key.Type, c.Key.Life, c.Value }).ToList(), cancellationToken);
        }

        foreach (var chunk in _months.Chunk(RowsPerStatement))
        {
            await UpsertAsync(db, "seal_month_counts", ["division_code", "month"],
                chunk.Select(c => new object[] { c.Key.Division, c.Key.Month, c.Value }).ToList(), cancellationToken);
        }

        foreach (var chunk in _days.Chunk(RowsPerStatement))
        {
            await UpsertAsync(db, "seal_day_counts", ["division_code", "day", "shop_id", "type", "reason"],
                chunk.Select(c => new object[] { c.Key.Division, c.Key.Day, c.Key.Shop, c.Key.Type, c.Key.Reason, c.Value }).ToList(), cancellationToken);
        }

        foreach (var chunk in _reasonMonths.Chunk(RowsPerStatement))
        {
            await UpsertAsync(db, "seal_reason_month_counts", ["division_code", "month", "shop_id", "type", "reason"],
                chunk.Select(c => new object[] { c.Key.Division, c.Key.Month, c.Key.Shop, c.Key.Type, c.Key.Reason, c.Value }).ToList(), cancellationToken);
        }
    }

    private void Add(string division, long shop, string type, EngravingReason reason, LifeState life, DateTime acceptedAt)
    {
        Count(division, shop, type, life, +1);
        var monthKey = ReportingMonth.Of(acceptedAt);
        var month = (division, monthKey);
        _months[month] = _months.GetValueOrDefault(month) + 1;

        // The report counters: acceptance never moves, so only a new seal changes them.
        var day = (division, ReportingDay.Of(acceptedAt), shop, type, reason.ToString());
        _days[day] = _days.GetValueOrDefault(day) + 1;
        var reasonMonth = (division, monthKey, shop, type, reason.ToString());
        _reasonMonths[reasonMonth] = _reasonMonths.GetValueOrDefault(reasonMonth) + 1;
    }

    private void Count(string division, long shop, string type, LifeState life, int delta)
    {
        var key = (division, shop, type, life.ToString());
        _counts[key] = _counts.GetValueOrDefault(key) + delta;
    }

    /// <summary>The same <c>INSERT … ON CONFLICT DO UPDATE</c> statement works on PostgreSQL and SQLite.</summary>
    private static Task<int> UpsertAsync(DbContext db, string table, string[] keyColumns, List<object[]> rows, CancellationToken cancellationToken)
    {
        var columns = keyColumns.Append("count").ToArray();
        var sql = new StringBuilder().Append(CultureInfo.InvariantCulture, $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ");
        var parameters = new List<object>(rows.Count * columns.Length);
        for (var r = 0; r < rows.Count; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns.Length; c++)
            {
                sql.Append(CultureInfo.InvariantCulture, $"{(c == 0 ? "" : ", ")}{{{parameters.Count}}}");
                parameters.Add(rows[r][c]);
            }

            sql.Append(')');
        }

        sql.Append(CultureInfo.InvariantCulture, $" ON CONFLICT ({string.Join(", ", keyColumns)}) DO UPDATE SET count = {table}.count + excluded.count");
        return db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, cancellationToken);
    }
}
