namespace SealGuard.Core;

/// <summary>
/// China Standard Time, the clock every date a user reads or types is on: UTC+8 all year (no daylight saving), so a
/// fixed offset, not the host's time-zone database. Times are stored as UTC; this is the one place that converts.
/// </summary>
public static class ChinaTime
{
    /// <summary>The offset in hours, for queries that translate <c>AddHours</c> to SQL.</summary>
    public const int OffsetHours = 8;

    public static readonly TimeSpan Offset = TimeSpan.FromHours(OffsetHours);

    /// <summary>The China wall-clock time of a UTC instant.</summary>
    public static DateTime FromUtc(DateTime utc) => DateTime.SpecifyKind(utc + Offset, DateTimeKind.Unspecified);

    /// <summary>The UTC instant of a China wall-clock time.</summary>
    public static DateTime ToUtc(DateTime china) => DateTime.SpecifyKind(china - Offset, DateTimeKind.Utc);

    /// <summary>The China calendar day of a UTC instant.</summary>
    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(FromUtc(utc));

    /// <summary>Today's date in China.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow().UtcDateTime);

    /// <summary>The UTC instant at which the China calendar day <paramref name="day"/> begins.</summary>
    public static DateTime StartOfDayUtc(DateOnly day) => ToUtc(day.ToDateTime(TimeOnly.MinValue));

    /// <summary>The UTC instant at which the China week (Monday 00:00 China time) holding <paramref name="utc"/> begins.</summary>
    public static DateTime WeekStartUtc(DateTime utc)
    {
        var day = DateOf(utc);
        // DayOfWeek counts from Sunday; a China week (GB/T 7408) starts on Monday.
        return StartOfDayUtc(day.AddDays(-(((int)day.DayOfWeek + 6) % 7)));
    }

    /// <summary>The <c>yyyyMM</c> key of the China month holding a UTC instant.</summary>
    public static int MonthKey(DateTime utc) => MonthKeyOfChinaDate(FromUtc(utc));

    /// <summary>The <c>yyyyMM</c> key of a China wall-clock date.</summary>
    public static int MonthKeyOfChinaDate(DateTime china) => (china.Year * 100) + china.Month;

    /// <summary>The first day (00:00 China wall-clock time) of the month <paramref name="monthsBack"/> before the China month holding <paramref name="utcNow"/>.</summary>
    public static DateTime MonthStart(DateTime utcNow, int monthsBack)
    {
        var china = FromUtc(utcNow);
        return new DateTime(china.Year, china.Month, 1, 0, 0, 0, DateTimeKind.Unspecified).AddMonths(-monthsBack);
    }
}
