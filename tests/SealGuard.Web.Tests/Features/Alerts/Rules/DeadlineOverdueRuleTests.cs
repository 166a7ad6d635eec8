using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SealGuard.Core;
using SealGuard.Core.Alerts;
using SealGuard.Core.Shops;
using SealGuard.Web.Features.Alerts;
using SealGuard.Web.Features.Alerts.Rules;
using SealGuard.Web.Tests.Features.Inspections;
using SealGuard.Web.Tests.Features.Shops;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Alerts.Rules;

/// <summary>
/// Rule 10 (DeadlineOverdue) on a fake clock, each test on an app of its own (a run reads every shop and rectification
/// of the app): a shop filing not accepted past its 5 days and a rectification open past its deadline raise one alert
/// each, once; what is in time or accepted stays silent.
/// </summary>
public sealed class DeadlineOverdueRuleTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_shop_filing_not_accepted_after_five_days_raises_one_alert_and_an_accepted_one_none(string provider)
    {
        await using var app = await StartAsync(provider);
        var today = ChinaTime.Today(TimeProvider.System);
        var (pending, pendingManager) = await app.NewFilingShopAsync();
        var (accepted, acceptedManager) = await app.NewFilingShopAsync();
        await pendingManager.FileShopFilingAsync(pending.ShopCode, ShopFilingSteps.Request(today));
        var filing = await acceptedManager.FileShopFilingAsync(accepted.ShopCode, ShopFilingSteps.Request(today));
        var police = await app.SignInAsync("police.demo");
        await (await police.DecideFilingAsync(filing.Id, ShopFilingState.Accepted)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        // The fifth day after the licence date is the last in time; the sixth begins at its China midnight.
        var lastDay = ChinaTime.StartOfDayUtc(today.AddDays(6)).AddMinutes(-1);
        // Counted per subject: the app's demo shops are the rule's too.
        await RunAsync(app, lastDay);
        (await app.AlertsAboutAsync("DeadlineOverdue", pending.ShopCode)).ShouldBeEmpty();

        await RunAsync(app, lastDay.AddMinutes(2));
        var alert = (await app.AlertsAboutAsync("DeadlineOverdue", pending.ShopCode)).ShouldHaveSingleItem();
        (alert.SubjectKind, alert.Severity, alert.DivisionCode).ShouldBe((AlertSubjectKind.Shop, AlertSeverity.Medium, "410702"));
        alert.Facts.ShouldContain("\"kind\":\"ShopFiling\"");
        (await app.AlertsAboutAsync("DeadlineOverdue", accepted.ShopCode)).ShouldBeEmpty();

        await RunAsync(app, lastDay.AddDays(1));
        (await app.AlertsAboutAsync("DeadlineOverdue", pending.ShopCode)).Count.ShouldBe(1, "no second alert while the first is open");
        await (await police.CloseAlertAsync(alert.Id, "已督促备案")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await RunAsync(app, lastDay.AddDays(2));
        (await app.AlertsAboutAsync("DeadlineOverdue", pending.ShopCode)).ShouldHaveSingleItem().State.ShouldBe(AlertState.Closed);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_rectification_open_past_its_deadline_raises_one_alert(string provider)
    {
        await using var app = await StartAsync(provider);
        var (shop, manager) = await app.NewFilingShopAsync();
        var police = await app.SignInAsync("police.demo");
        var filing = await manager.FileShopFilingAsync(shop.ShopCode, ShopFilingSteps.Request());
        await (await police.DecideFilingAsync(filing.Id, ShopFilingState.Accepted)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var inspection = await police.InspectAsync(shop.ShopCode, 1);
        var deadline = inspection.Deadline!.Value;

        await RunAsync(app, ChinaTime.StartOfDayUtc(deadline.AddDays(1)).AddMinutes(-1));
        (await app.AlertsAboutAsync("DeadlineOverdue", shop.ShopCode)).ShouldBeEmpty();

        await RunAsync(app, ChinaTime.StartOfDayUtc(deadline.AddDays(1)).AddMinutes(1));
        var alert = (await app.AlertsAboutAsync("DeadlineOverdue", shop.ShopCode)).ShouldHaveSingleItem();
        alert.Facts.ShouldContain("\"kind\":\"Rectification\"");
        alert.Facts.ShouldContain($"\"rectificationId\":{inspection.RectificationId}");
        await RunAsync(app, ChinaTime.StartOfDayUtc(deadline.AddDays(3)));
        (await app.AlertsAboutAsync("DeadlineOverdue", shop.ShopCode)).Count.ShouldBe(1);
    }

    private static Task<SealGuardApp> StartAsync(string provider) =>
        SealGuardApp.StartAsync(provider, s =>
        {
            s["SealGuard:DemoOrganizations"] = "0";
            s["SealGuard:Alerts:ScheduleMinutes"] = "0";
        });

    private static async Task<int> RunAsync(SealGuardApp app, DateTime at)
    {
        using var scope = app.Services.CreateScope();
        return await ScheduledAlertRunner.RunAsync(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<DeadlineOverdueRule>(),
            new FakeTimeProvider(new DateTimeOffset(at, TimeSpan.Zero)), TestContext.Current.CancellationToken);
    }
}
