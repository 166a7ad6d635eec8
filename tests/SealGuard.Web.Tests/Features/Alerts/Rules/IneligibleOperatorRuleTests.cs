using System.Net;
using System.Net.Http.Json;
using SealGuard.Core.Alerts;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Tests.Features.Shops;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Alerts.Rules;

/// <summary>Rule 8: an intake or seal step by a suspended or closed shop, or by a shop account without accepted staff, is refused; the alert outlives the refusal.</summary>
public sealed class IneligibleOperatorRuleTests(SharedApps apps)
{
    private const string Rule = "IneligibleOperator";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_suspended_shops_intake_and_seal_step_raise_one_open_alert_about_the_shop_and_closing_it_raises_another(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.NewShopAsync();
        var filed = await shop.Clerk.FileAsync(TestData.Intake());
        var police = await app.SignInAsync("police.demo");
        (await app.AlertsAboutAsync(Rule, shop.ShopCode)).ShouldBeEmpty("a shop in good standing works without alerts");
        await (await police.PutStateAsync(shop.ShopCode, "Suspended")).ShouldHaveStatusAsync(HttpStatusCode.OK);

        await (await shop.Clerk.PostIntakeAsync(TestData.Intake())).ShouldBeRefusedAsync("Shop.Suspended");

        var alert = (await app.AlertsAboutAsync(Rule, shop.ShopCode)).ShouldHaveSingleItem();
        alert.SubjectKind.ShouldBe(AlertSubjectKind.Shop);
        alert.Severity.ShouldBe(AlertSeverity.Medium);
        alert.DivisionCode.ShouldBe("410702");
        alert.SubjectLabel.ShouldNotBeNullOrEmpty();
        alert.Facts.ShouldContain(shop.ClerkUserName);

        var engraver = shop.Staff.First(s => s.Role == Core.Shops.StaffRole.Engraver).Id;
        await (await shop.Clerk.EngraveAsync(filed.Seals[0].SealCode, engraver)).ShouldBeRefusedAsync("Shop.Suspended");
        await (await shop.Clerk.PostIntakeAsync(TestData.Intake())).ShouldBeRefusedAsync("Shop.Suspended");
        (await app.AlertsAboutAsync(Rule, shop.ShopCode)).ShouldHaveSingleItem().State.ShouldBe(AlertState.Open);
        await app.ShouldBeSeenOnlyInItsJurisdictionAsync(alert);

        await (await (await app.SignInAsync("police.admin")).PutStateAsync(shop.ShopCode, "Closed")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await shop.Clerk.PostIntakeAsync(TestData.Intake())).ShouldBeRefusedAsync("Shop.Closed");
        (await app.AlertsAboutAsync(Rule, shop.ShopCode)).Count.ShouldBe(2, "closed is another condition than suspended");
        (await app.FilingCountAsync(shop.Id)).ShouldBe(1, "the refused intakes wrote nothing");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_shop_account_without_accepted_staff_raises_one_alert_per_account_for_its_intakes_and_seal_steps(string provider)
    {
        var app = await apps.GetAsync(provider);
        var demo = await app.SignInAsync("shop.demo");
        var filed = await demo.FileAsync(TestData.Intake());
        var userName = await app.AddUserAsync(UserRole.ShopOperator, "410702000001", eligible: false);
        var unregistered = await app.SignInAsync(userName);

        await (await unregistered.PostIntakeAsync(TestData.Intake())).ShouldBeNotEligibleAsync("Staff.NotEligible.NotLinked");
        await (await unregistered.EngraveAsync(filed.Seals[0].SealCode, await demo.EngraverIdAsync())).ShouldBeNotEligibleAsync("Staff.NotEligible.NotLinked");

        var alert = (await app.AlertsNamingAsync(Rule, userName)).ShouldHaveSingleItem();
        alert.SubjectKey.ShouldBe("410702000001");
        alert.DeduplicationKey.ShouldBe($"{Rule}:410702000001:Staff.NotEligible:{userName}");
        alert.Facts.ShouldContain("\"refusal\":");
        (await app.AlertsNamingAsync(Rule, "\"userName\":\"shop.demo\"")).ShouldBeEmpty("the eligible clerk's work raises nothing");
        await app.ShouldBeSeenOnlyInItsJurisdictionAsync(alert);
    }

    [Fact]
    public async Task Ten_parallel_refused_intakes_on_PostgreSQL_raise_exactly_one_open_alert_for_the_shop_and_one_for_the_account()
    {
        var app = await apps.GetAsync(TestDatabase.Postgres);
        var ct = TestContext.Current.CancellationToken;
        var shop = await app.NewShopAsync();
        var prepared = new List<Web.Features.Intake.IntakeRequest>();
        for (var i = 0; i < 10; i++)
        {
            prepared.Add(await shop.Clerk.WithMaterialsAsync(TestData.Intake()));
        }

        await (await (await app.SignInAsync("police.demo")).PutStateAsync(shop.ShopCode, "Suspended")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var unregistered = await app.SignInAsync(await app.AddUserAsync(UserRole.ShopOperator, shop.ShopCode, eligible: false));

        var responses = await Task.WhenAll(prepared.Select(r => shop.Clerk.PostAsJsonAsync("/api/v1/filings", r, FilingSteps.Json, ct))
            .Concat(Enumerable.Range(0, 10).Select(_ => unregistered.PostAsJsonAsync("/api/v1/filings", TestData.Intake(), FilingSteps.Json, ct))));

        responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBe(10);
        responses.Count(r => r.StatusCode == HttpStatusCode.Forbidden).ShouldBe(10);
        var alerts = await app.AlertsAboutAsync(Rule, shop.ShopCode);
        alerts.Count.ShouldBe(2);
        alerts.ShouldContain(a => a.DeduplicationKey.EndsWith(":Shop.Suspended", StringComparison.Ordinal));
        alerts.ShouldContain(a => a.DeduplicationKey.Contains(":Staff.NotEligible:", StringComparison.Ordinal));
        alerts.ShouldAllBe(a => a.State == AlertState.Open);
    }
}
