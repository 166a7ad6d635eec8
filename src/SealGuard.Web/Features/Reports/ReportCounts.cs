using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SealGuard.Core;

namespace SealGuard.Web.Features.Reports;

/// <summary>
/// Seals accepted per division, shop, seal type, engraving reason and China-time day (<c>yyyyMMdd</c>): the edges of a
/// report's date range (ADR 0012). Moved with every new seal by <see cref="SealCountsParticipant"/>.
/// </summary>
public sealed class SealDayCount
{
    public string DivisionCode { get; private set; } = null!;
    public int Day { get; private set; }
    public long ShopId { get; private set; }
    public string Type { get; private set; } = null!;
    public string Reason { get; private set; } = null!;
    public long Count { get; private set; }
}

/// <summary>The same counts per China-time month (<c>yyyyMM</c>): the whole months inside a report's date range.</summary>
public sealed class SealReasonMonthCount
{
    public string DivisionCode { get; private set; } = null!;
    public int Month { get; private set; }
    public long ShopId { get; private set; }
    public string Type { get; private set; } = null!;
    public string Reason { get; private set; } = null!;
    public long Count { get; private set; }
}

internal sealed class SealDayCountConfiguration : IEntityTypeConfiguration<SealDayCount>
{
    public void Configure(EntityTypeBuilder<SealDayCount> builder)
    {
        builder.ToTable("seal_day_counts");
        builder.HasKey(c => new { c.DivisionCode, c.Day, c.ShopId, c.Type, c.Reason });
        builder.Property(c => c.DivisionCode).HasMaxLength(6);
        builder.Property(c => c.Type).HasMaxLength(8);
        builder.Property(c => c.Reason).HasMaxLength(24);
    }
}

internal sealed class SealReasonMonthCountConfiguration : IEntityTypeConfiguration<SealReasonMonthCount>
{
    public void Configure(EntityTypeBuilder<SealReasonMonthCount> builder)
    {
        builder.ToTable("seal_reason_month_counts");
        builder.HasKey(c => new { c.DivisionCode, c.Month, c.ShopId, c.Type, c.Reason });
        builder.Property(c => c.DivisionCode).HasMaxLength(6);
        builder.Property(c => c.Type).HasMaxLength(8);
        builder.Property(c => c.Reason).HasMaxLength(24);
    }
}

/// <summary>China-time day keys (<c>yyyyMMdd</c>) of the report counters.</summary>
public static class ReportingDay
{
    public static int Key(DateOnly day) => (day.Year * 10000) + (day.Month * 100) + day.Day;

    public static int Of(DateTime utc) => Key(ChinaTime.DateOf(utc));
}
