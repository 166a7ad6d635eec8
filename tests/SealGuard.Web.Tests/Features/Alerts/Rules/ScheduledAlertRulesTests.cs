using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SealGuard.Core.Alerts;
using SealGuard.Web.Features.Alerts;
using SealGuard.Web.Features.Alerts.Rules;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Alerts.Rules;

/// <summary>
/// Rules 2 (ImprintOverdue) and 3 (Uncollected) run on a fake clock, each test on an app of its own: a run reads every
/// seal of the app and moves the rule's watermark, which would disturb the shared apps' tests. The apps' own schedule is
/// off, so only the runs the tests make happen.
/// </summary>
public sealed class ScheduledAlertRulesTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_engraved_seal_without_imprint_raises_ImprintOverdue_after_24_hours_once_and_never_again_after_closing(string provider)
    {
        await using var app = await StartAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var missing = (await shop.FileAndEngraveAsync(TestData.Intake())).Seals[0].SealCode;
        var imprinted = (await shop.FileAndEngraveAsync(TestData.Intake())).Seals[0].SealCode;
        await (await shop.UploadImprintAsync(imprinted)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var now = DateTimeOffset.UtcNow;

        (await RunAsync<ImprintOverdueRule>(app, now.AddHours(23))).ShouldBe(0);
        (await app.AlertsAboutAsync("ImprintOverdue", missing)).ShouldBeEmpty();

        (await RunAsync<ImprintOverdueRule>(app, now.AddHours(25))).ShouldBe(1);
        var alert = (await app.AlertsAboutAsync("ImprintOverdue", missing)).ShouldHaveSingleItem();
        alert.SubjectKind.ShouldBe(AlertSubjectKind.Seal);
        alert.Facts.ShouldContain("\"hours\":24");
        (await app.AlertsAboutAsync("ImprintOverdue", imprinted)).ShouldBeEmpty();

        (await RunAsync<ImprintOverdueRule>(app, now.AddHours(26))).ShouldBe(0);
        await (await (await app.SignInAsync("police.demo")).CloseAlertAsync(alert.Id, "已督促上传印模")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await RunAsync<ImprintOverdueRule>(app, now.AddHours(30))).ShouldBe(0);
        (await app.AlertsAboutAsync("ImprintOverdue", missing)).ShouldHaveSingleItem().State.ShouldBe(AlertState.Closed);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_configured_threshold_applies_and_a_police_admins_override_wins_also_to_switch_the_rule_off(string provider)
    {
        await using var app = await StartAsync(provider, s => s["SealGuard:Alerts:ImprintOverdue:Hours"] = "2");
        var shop = await app.SignInAsync("shop.demo");
        var first = (await shop.FileAndEngraveAsync(TestData.Intake())).Seals[0].SealCode;
        var now = DateTimeOffset.UtcNow;
        var admin = await app.SignInAsync("police.admin");

        await (await admin.PutAsJsonAsync("/api/v1/alerts/rules/ImprintOverdue", new { enabled = false }, TestContext.Current.CancellationToken)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await RunAsync<ImprintOverdueRule>(app, now.AddHours(3))).ShouldBe(0, "switched off by the override");

        var response = await admin.PutAsJsonAsync("/api/v1/alerts/rules/ImprintOverdue", new { enabled = true, settings = new { Hours = 5 } }, TestContext.Current.CancellationToken);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var view = await response.Content.ReadFromJsonAsync<AlertRuleView>(FilingSteps.Json, TestContext.Current.CancellationToken);
        view!.Settings.ShouldHaveSingleItem().ShouldBe(new AlertSettingView("Hours", 5, 2, true, 1, 720));
        (await RunAsync<ImprintOverdueRule>(app, now.AddHours(4))).ShouldBe(0, "the override's 5 hours win over the configured 2");
        (await RunAsync<ImprintOverdueRule>(app, now.AddHours(6))).ShouldBe(1);
        (await app.AlertsAboutAsync("ImprintOverdue", first)).ShouldHaveSingleItem().Facts.ShouldContain("\"hours\":5");

        var officer = await app.SignInAsync("police.demo");
        (await (await officer.PutAsJsonAsync("/api/v1/alerts/rules/ImprintOverdue", new { enabled = false }, TestContext.Current.CancellationToken)).ProblemAsync(HttpStatusCode.Forbidden))
            .GetProperty("code").GetString().ShouldBe("Forbidden");
        (await admin.PutAsJsonAsync("/api/v1/alerts/rules/ImprintOverdue", new { settings = new { Hours = 0 } }, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_seal_ready_for_delivery_raises_Uncollected_after_three_months_and_a_delivered_one_never(string provider)
    {
        await using var app = await StartAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var waiting = (await shop.FileAndEngraveAsync(TestData.Intake())).Seals[0].SealCode;
        await (await shop.UploadImprintAsync(waiting)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var delivered = await shop.DeliverNewSealAsync(TestData.Intake());
        var now = DateTimeOffset.UtcNow;

        (await RunAsync<UncollectedRule>(app, now.AddMonths(3).AddDays(-1))).ShouldBe(0);
        (await RunAsync<UncollectedRule>(app, now.AddMonths(3).AddHours(1))).ShouldBe(1);
        (await RunAsync<UncollectedRule>(app, now.AddMonths(4))).ShouldBe(0, "no second open alert");

        (await app.AlertsAboutAsync("Uncollected", waiting)).ShouldHaveSingleItem().Severity.ShouldBe(AlertSeverity.Low);
        (await app.AlertsAboutAsync("Uncollected", delivered)).ShouldBeEmpty();
        (await app.AlertsAboutAsync("ImprintOverdue", waiting)).ShouldBeEmpty();
    }

    private static Task<SealGuardApp> StartAsync(string provider, Action<Dictionary<string, string?>>? configure = null) =>
        SealGuardApp.StartAsync(provider, s =>
        {
            s["SealGuard:DemoOrganizations"] = "0";
            s["SealGuard:Alerts:ScheduleMinutes"] = "0";
            configure?.Invoke(s);
        });

    private static async Task<int> RunAsync<TRule>(SealGuardApp app, DateTimeOffset at)
        where TRule : class, IScheduledAlertRule
    {
        using var scope = app.Services.CreateScope();
        return await ScheduledAlertRunner.RunAsync(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<TRule>(), new FakeTimeProvider(at), TestContext.Current.CancellationToken);
    }
}
