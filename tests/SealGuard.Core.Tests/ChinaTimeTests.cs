using SealGuard.Core.Codes;

namespace SealGuard.Core.Tests;

public class ChinaTimeTests
{
    [Fact]
    public void A_China_day_begins_at_16_00_UTC_the_day_before()
    {
        var day = new DateOnly(2026, 3, 1);
        var start = ChinaTime.StartOfDayUtc(day);

        start.ShouldBe(new DateTime(2026, 2, 28, 16, 0, 0, DateTimeKind.Utc));
        start.Kind.ShouldBe(DateTimeKind.Utc);
        ChinaTime.DateOf(start).ShouldBe(day);
        ChinaTime.DateOf(start.AddTicks(-1)).ShouldBe(day.AddDays(-1));
    }

    [Fact]
    public void The_month_key_follows_the_China_calendar_not_UTC()
    {
        // 2026-01-31 16:30 UTC is already 1 February in China.
        ChinaTime.MonthKey(new DateTime(2026, 1, 31, 16, 30, 0, DateTimeKind.Utc)).ShouldBe(202602);
        ChinaTime.MonthKey(new DateTime(2026, 1, 31, 15, 59, 0, DateTimeKind.Utc)).ShouldBe(202601);
        ChinaTime.MonthStart(new DateTime(2026, 1, 31, 16, 30, 0, DateTimeKind.Utc), 2).ShouldBe(new DateTime(2025, 12, 1));
    }

    [Fact]
    public void A_China_week_begins_on_Monday_00_00_China_time()
    {
        // Monday 2026-11-23 00:00 in China is Sunday 2026-11-22 16:00 UTC.
        var monday = new DateTime(2026, 11, 22, 16, 0, 0, DateTimeKind.Utc);

        ChinaTime.WeekStartUtc(monday).ShouldBe(monday);
        ChinaTime.WeekStartUtc(monday.AddDays(7).AddTicks(-1)).ShouldBe(monday, "Sunday 23:59 China time is still that week");
        ChinaTime.WeekStartUtc(monday.AddTicks(-1)).ShouldBe(monday.AddDays(-7), "Sunday 15:59 UTC is the week before in China");
        ChinaTime.WeekStartUtc(monday.AddDays(3)).Kind.ShouldBe(DateTimeKind.Utc);
    }

    [Fact]
    public void Today_is_the_China_date_of_the_clock()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 12, 31, 16, 0, 0, TimeSpan.Zero));

        ChinaTime.Today(clock).ShouldBe(new DateOnly(2027, 1, 1));
    }

    [Fact]
    public void The_fixed_offset_agrees_with_the_time_zone_database_for_every_day_since_1992()
    {
        // China has had no daylight saving since 1991; pages once converted with "Asia/Shanghai", now with the offset.
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        for (var utc = new DateTime(1992, 1, 1, 0, 0, 0, DateTimeKind.Utc); utc.Year < 2040; utc = utc.AddDays(7).AddHours(5))
        {
            ChinaTime.FromUtc(utc).ShouldBe(TimeZoneInfo.ConvertTimeFromUtc(utc, zone));
        }
    }

    [Fact]
    public void Id_numbers_are_judged_against_today_in_China()
    {
        // Born "today" in China is accepted even where UTC is still on the day before.
        var today = ChinaTime.Today(TimeProvider.System);
        var first17 = "410702" + today.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + "123";
        var born = first17 + IdNumber.ComputeCheckCharacter(first17);

        IdNumber.TryParse(born, out _, out var error).ShouldBeTrue(error?.Message);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
