using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using SealGuard.Core.Codes;
using SealGuard.Web.Features.Alerts;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.PersonalData;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Alerts.Rules;

/// <summary>
/// Rules 4, 5, 6 and 8 switched off by the configuration stay silent where they would fire, and a police admin's override
/// (on, with a threshold of its own) wins; on an app of its own, as the overrides hold for every test of an app.
/// </summary>
public sealed class EventAlertRuleSettingsTests
{
    private static readonly string[] Rules = ["WatchList", "DeregisteredOrganization", "AgentForManyOrganizations", "IneligibleOperator"];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Switched_off_rules_raise_nothing_and_a_police_admins_override_switches_one_on_with_its_own_threshold(string provider)
    {
        await using var app = await SealGuardApp.StartAsync(provider, settings =>
        {
            settings["SealGuard:DemoOrganizations"] = "0";
            settings["SealGuard:Alerts:AgentForManyOrganizations:Organizations"] = "3";
            foreach (var rule in Rules)
            {
                settings[$"SealGuard:Alerts:{rule}:Enabled"] = "false";
            }
        });
        var ct = TestContext.Current.CancellationToken;
        var shop = await app.SignInAsync("shop.demo");
        var listed = TestData.Person();
        await app.PutOnWatchListAsync(listed.IdNumber!);
        var deregistered = TestData.Organization();
        var filing = await shop.FileAsync(TestData.Intake(deregistered, listed));
        await app.SetOrganizationStateAsync(deregistered.CreditCode!, "Deregistered");
        await (await shop.EngraveAsync(filing.Seals[0].SealCode, await shop.EngraverIdAsync())).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var agent = TestData.Person();
        for (var i = 0; i < 3; i++)
        {
            await shop.FileAsync(TestData.Intake(TestData.Organization(), agent));
        }

        var unregistered = await app.SignInAsync(await app.AddUserAsync(UserRole.ShopOperator, "410702000001", eligible: false));
        (await unregistered.PostIntakeAsync(TestData.Intake())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var police = await app.SignInAsync("police.demo");
        foreach (var rule in Rules)
        {
            (await police.AllAlertIdsAsync(rule)).ShouldBeEmpty(rule);
        }

        var admin = await app.SignInAsync("police.admin");
        var views = (await admin.GetFromJsonAsync<List<AlertRuleView>>("/api/v1/alerts/rules", FilingSteps.Json, ct))!;
        views.Where(v => Rules.Contains(v.Rule)).Select(v => v.Rule).ShouldBe(Rules, ignoreOrder: true);
        views.Where(v => Rules.Contains(v.Rule)).ShouldAllBe(v => !v.Enabled && !v.ConfiguredEnabled);
        views.Single(v => v.Rule == "AgentForManyOrganizations").Settings.Select(s => (s.Key, s.Value)).ShouldBe([("Organizations", 3), ("Days", 30)]);

        var response = await admin.PutAsJsonAsync("/api/v1/alerts/rules/AgentForManyOrganizations", new { enabled = true, settings = new { Organizations = 2 } }, ct);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var other = TestData.Person();
        await shop.FileAsync(TestData.Intake(TestData.Organization(), other));
        (await police.AllAlertIdsAsync("AgentForManyOrganizations")).ShouldBeEmpty("one organization");
        await shop.FileAsync(TestData.Intake(TestData.Organization(), other));

        var index = app.Services.GetRequiredService<PersonalDataProtector>().BlindIndex(IdNumber.Parse(other.IdNumber!));
        (await app.AlertsAboutAsync("AgentForManyOrganizations", index)).ShouldHaveSingleItem().Facts.ShouldContain("\"organizations\":2");
        (await app.AlertsAboutAsync("AgentForManyOrganizations", app.Services.GetRequiredService<PersonalDataProtector>().BlindIndex(IdNumber.Parse(agent.IdNumber!))))
            .ShouldBeEmpty("the override counts from the next intake on");
    }
}
