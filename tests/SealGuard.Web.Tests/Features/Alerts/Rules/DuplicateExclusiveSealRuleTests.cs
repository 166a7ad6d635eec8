using System.Net.Http.Json;
using SealGuard.Core.Alerts;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Alerts.Rules;

/// <summary>Rule 1: a second in-use 公章 or 法定代表人名章 attempted is refused, and the alert outlives the refusal.</summary>
public sealed class DuplicateExclusiveSealRuleTests(SharedApps apps)
{
    private const string Rule = "DuplicateExclusiveSeal";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_refused_second_public_seal_raises_one_alert_and_a_repeat_raises_no_second_open_one(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var organization = await shop.AttemptSecondPublicSealAsync();
        await (await shop.PostIntakeAsync(TestData.Intake(organization, sealTypes: ["01"]))).ShouldBeRefusedAsync("Seal.UniqueTypeInUse");

        var alert = (await app.AlertsAboutAsync(Rule, organization.CreditCode!)).ShouldHaveSingleItem();
        alert.State.ShouldBe(AlertState.Open);
        alert.SubjectKind.ShouldBe(AlertSubjectKind.Organization);
        alert.DivisionCode.ShouldBe("410702");
        alert.Facts.ShouldContain("\"sealType\":\"01\"");
        alert.Facts.ShouldContain("410702000001");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_legal_representative_seal_has_its_own_alert_and_a_closed_alert_lets_the_next_attempt_raise_a_new_one(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var organization = TestData.Organization();
        await shop.FileAsync(TestData.Intake(organization, sealTypes: ["01", "05"]));
        await (await shop.PostIntakeAsync(TestData.Intake(organization, sealTypes: ["05"]))).ShouldBeRefusedAsync("Seal.UniqueTypeInUse");
        await (await shop.PostIntakeAsync(TestData.Intake(organization, sealTypes: ["01"]))).ShouldBeRefusedAsync("Seal.UniqueTypeInUse");
        var alerts = await app.AlertsAboutAsync(Rule, organization.CreditCode!);
        alerts.Count.ShouldBe(2, "one per type");

        var police = await app.SignInAsync("police.demo");
        await (await police.CloseAlertAsync(alerts[0].Id, "已核实")).ShouldHaveStatusAsync(System.Net.HttpStatusCode.OK);
        await (await shop.PostIntakeAsync(TestData.Intake(organization, sealTypes: ["05"]))).ShouldBeRefusedAsync("Seal.UniqueTypeInUse");

        var after = await app.AlertsAboutAsync(Rule, organization.CreditCode!);
        after.Count.ShouldBe(3);
        after.Count(a => a.State != AlertState.Closed).ShouldBe(2);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Accepted_intakes_and_other_refusals_raise_nothing(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var organization = TestData.Organization();
        await shop.FileAsync(TestData.Intake(organization, sealTypes: ["01", "02"]));
        await shop.FileAsync(TestData.Intake(organization, sealTypes: ["02"]));
        await (await shop.PostIntakeAsync(TestData.Replacement(organization, "Replacement", "4107029999999", type: "02"))).ShouldBeRefusedAsync("Seal.ReplacedSealNotFound");

        (await app.AlertsAboutAsync(Rule, organization.CreditCode!)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Parallel_refused_attempts_on_PostgreSQL_raise_exactly_one_open_alert()
    {
        var app = await apps.GetAsync(TestDatabase.Postgres);
        var shop = await app.SignInAsync("shop.demo");
        var organization = TestData.Organization();
        await shop.FileAsync(TestData.Intake(organization, sealTypes: ["01"]));
        var requests = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => shop.WithMaterialsAsync(TestData.Intake(organization, sealTypes: ["01"]))));

        var responses = await Task.WhenAll(requests.Select(r => shop.PostAsJsonAsync("/api/v1/filings", r, FilingSteps.Json, TestContext.Current.CancellationToken)));

        foreach (var response in responses)
        {
            await response.ShouldBeRefusedAsync("Seal.UniqueTypeInUse");
        }

        (await app.AlertsAboutAsync(Rule, organization.CreditCode!)).ShouldHaveSingleItem().State.ShouldBe(AlertState.Open);
    }
}
