using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SealGuard.Core;
using SealGuard.Core.Alerts;
using SealGuard.Web.Features.Alerts;
using SealGuard.Web.Features.Alerts.Rules;
using SealGuard.Web.Seeding.Demo;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Alerts.Rules;

/// <summary>
/// Rule 7 (ShopVolumeAnomaly) on a fake clock, on an app of its own with its schedule off: a run reads every shop's
/// weeks and moves the rule's watermark. The seals are filed through the API and then dated into past China weeks.
/// </summary>
public sealed class ShopVolumeAnomalyRuleTests
{
    private const string Rule = "ShopVolumeAnomaly";
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_weekly_spike_raises_one_alert_for_its_jurisdiction_and_a_normal_week_or_a_shop_without_history_none(string provider)
    {
        await using var app = await SealGuardApp.StartAsync(provider, s =>
        {
            s["SealGuard:DemoOrganizations"] = "0";
            s["SealGuard:Alerts:ScheduleMinutes"] = "0";
        });
        var shop = await app.SignInAsync("shop.demo");
        var week0 = ChinaTime.WeekStartUtc(DateTime.UtcNow) - (20 * Week);

        // The demo shop's 8 weeks: 2, 3, 2, 3 … seals (mean 2.5, deviation 0.5, floored to 1: normal up to 5.5).
        for (var back = 8; back >= 1; back--)
        {
            await FileInWeekAsync(app, shop, week0 - (back * Week), back % 2 == 0 ? 2 : 3);
        }

        await FileInWeekAsync(app, shop, week0, 3);
        await FileInWeekAsync(app, shop, week0, 3);
        await FileInWeekAsync(app, shop, week0 + Week, 3);

        // Another shop filed two weeks before its spike: too little history of its own to be judged.
        var other = await app.LoginOtherShopAsync();
        var otherCode = await app.OtherShopCodeAsync();
        await app.WithDbAsync(db => db.Shops.Where(s => s.ShopCode == otherCode)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.FiledAt, week0 - (2 * Week) - TimeSpan.FromDays(1)), TestContext.Current.CancellationToken));
        await FileInWeekAsync(app, other, week0, 3);
        await FileInWeekAsync(app, other, week0, 3);

        (await RunAsync(app, week0 + Week + TimeSpan.FromHours(1))).ShouldBe(1);
        var alert = (await app.AlertsAboutAsync(Rule, DemoSeeder.DemoShopCode)).ShouldHaveSingleItem();
        alert.SubjectKind.ShouldBe(AlertSubjectKind.Shop);
        alert.Severity.ShouldBe(AlertSeverity.Medium);
        alert.DivisionCode.ShouldBe(DemoSeeder.DemoShopCode[..6]);
        var facts = JsonDocument.Parse(alert.Facts).RootElement;
        facts.GetProperty("week").GetString().ShouldBe(ChinaTime.DateOf(week0).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        facts.GetProperty("seals").GetInt32().ShouldBe(6);
        facts.GetProperty("mean").GetDouble().ShouldBe(2.5);
        facts.GetProperty("upperLimit").GetDouble().ShouldBe(5.5);
        (await app.AlertsAboutAsync(Rule, otherCode)).ShouldBeEmpty();

        (await RunAsync(app, week0 + Week + TimeSpan.FromHours(2))).ShouldBe(0, "a week is evaluated once");
        (await RunAsync(app, week0 + (2 * Week) + TimeSpan.FromHours(1))).ShouldBe(0, "3 seals lie within the next week's baseline");
        (await app.AlertsAboutAsync(Rule, DemoSeeder.DemoShopCode)).ShouldHaveSingleItem();

        var police = await app.SignInAsync("police.demo");
        (await police.AllAlertIdsAsync(Rule)).ShouldBe([alert.Id]);
        var fengqiu = await app.SignInAsync("police.fengqiu");
        (await fengqiu.AllAlertIdsAsync(Rule)).ShouldBeEmpty();
        (await (await fengqiu.GetAsync($"/api/v1/alerts/{alert.Id}", TestContext.Current.CancellationToken)).ProblemAsync(HttpStatusCode.NotFound))
            .GetProperty("code").GetString().ShouldBe("Alert.NotFound");
    }

    /// <summary>Files one intake of <paramref name="seals"/> seals and dates them into the China week starting at <paramref name="weekStart"/>.</summary>
    private static async Task FileInWeekAsync(SealGuardApp app, HttpClient shop, DateTime weekStart, int seals)
    {
        var filed = await shop.FileAsync(TestData.Intake(sealTypes: seals == 2 ? ["01", "02"] : ["01", "02", "04"]));
        var codes = filed.Seals.Select(s => s.SealCode).ToList();
        codes.Count.ShouldBe(seals);
        await app.WithDbAsync(db => db.Seals.Where(s => codes.Contains(s.SealCode))
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.AcceptedAt, weekStart + TimeSpan.FromDays(3)), TestContext.Current.CancellationToken));
    }

    private static async Task<int> RunAsync(SealGuardApp app, DateTime at)
    {
        using var scope = app.Services.CreateScope();
        return await ScheduledAlertRunner.RunAsync(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<ShopVolumeAnomalyRule>(),
            new FakeTimeProvider(new DateTimeOffset(at, TimeSpan.Zero)), TestContext.Current.CancellationToken);
    }
}
