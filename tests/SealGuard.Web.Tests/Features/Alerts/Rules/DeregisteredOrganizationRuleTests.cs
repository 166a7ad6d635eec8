using System.Net;
using SealGuard.Core.Alerts;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Alerts.Rules;

/// <summary>Rule 5: seal work for an organization marked deregistered raises one open alert about the organization; its seals' surrender does not.</summary>
public sealed class DeregisteredOrganizationRuleTests(SharedApps apps)
{
    private const string Rule = "DeregisteredOrganization";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Engraving_and_a_new_intake_for_a_deregistered_organization_raise_one_open_alert_about_it(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var organization = TestData.Organization();
        var filing = await shop.FileAsync(TestData.Intake(organization, sealTypes: ["01"]));
        await app.SetOrganizationStateAsync(organization.CreditCode!, "Deregistered");
        (await app.AlertsAboutAsync(Rule, organization.CreditCode!)).ShouldBeEmpty("marking it is no seal work");

        await (await shop.EngraveAsync(filing.Seals[0].SealCode, await shop.EngraverIdAsync())).ShouldHaveStatusAsync(HttpStatusCode.OK);

        var alert = (await app.AlertsAboutAsync(Rule, organization.CreditCode!)).ShouldHaveSingleItem();
        alert.SubjectKind.ShouldBe(AlertSubjectKind.Organization);
        alert.SubjectLabel.ShouldBe(organization.Name);
        alert.Severity.ShouldBe(AlertSeverity.High);
        alert.DivisionCode.ShouldBe("410702");
        alert.Facts.ShouldContain(filing.Seals[0].SealCode);
        alert.Facts.ShouldContain("410702000001");

        await (await shop.UploadImprintAsync(filing.Seals[0].SealCode)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await shop.FileAsync(TestData.Intake(organization, sealTypes: ["02"]));
        (await app.AlertsAboutAsync(Rule, organization.CreditCode!)).ShouldHaveSingleItem().State.ShouldBe(AlertState.Open);
        await app.ShouldBeSeenOnlyInItsJurisdictionAsync(alert);

        var police = await app.SignInAsync("police.demo");
        await (await police.CloseAlertAsync(alert.Id, "已通知刻章店停止制作")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await shop.FileAsync(TestData.Intake(organization, sealTypes: ["03"]));
        (await app.AlertsAboutAsync(Rule, organization.CreditCode!)).Count(a => a.State == AlertState.Open).ShouldBe(1, "after closing, new work raises a new alert");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Seal_work_for_an_active_organization_and_the_surrender_of_a_deregistered_ones_seal_raise_nothing(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var active = TestData.Organization();
        await shop.DeliverNewSealAsync(TestData.Intake(active));
        (await app.AlertsAboutAsync(Rule, active.CreditCode!)).ShouldBeEmpty();

        var deregistered = TestData.Organization();
        var sealCode = await shop.DeliverNewSealAsync(TestData.Intake(deregistered));
        await app.SetOrganizationStateAsync(deregistered.CreditCode!, "Deregistered");
        await (await shop.ChangeLifeStateAsync(sealCode, "surrender", "单位注销，印章缴销")).ShouldHaveStatusAsync(HttpStatusCode.OK);

        (await app.AlertsAboutAsync(Rule, deregistered.CreditCode!)).ShouldBeEmpty();

        // Active again, it is no subject of the rule.
        await app.SetOrganizationStateAsync(deregistered.CreditCode!, "Active");
        await shop.FileAsync(TestData.Intake(deregistered, sealTypes: ["01"]));
        (await app.AlertsAboutAsync(Rule, deregistered.CreditCode!)).ShouldBeEmpty();
    }
}
