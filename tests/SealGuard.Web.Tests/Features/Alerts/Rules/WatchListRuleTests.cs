using System.Net;
using SealGuard.Core.Alerts;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Alerts.Rules;

/// <summary>Rule 4: an agent at intake or a recipient at delivery whose ID number is on the watch list; the alert names the seal, never the person.</summary>
public sealed class WatchListRuleTests(SharedApps apps)
{
    private const string Rule = "WatchList";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_listed_agent_raises_one_alert_at_intake_naming_the_seal_and_filing_but_not_the_person(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var agent = TestData.Person();
        var organization = TestData.Organization(legalRepresentative: agent);
        await app.PutOnWatchListAsync(agent.IdNumber!);

        var filing = await shop.FileAsync(TestData.Intake(organization, sealTypes: ["01", "02"]));

        var alert = (await app.AlertsAboutAsync(Rule, filing.Seals[0].SealCode)).ShouldHaveSingleItem();
        alert.SubjectKind.ShouldBe(AlertSubjectKind.Seal);
        alert.Severity.ShouldBe(AlertSeverity.High);
        alert.SubjectLabel.ShouldBe(organization.Name);
        alert.DivisionCode.ShouldBe("410702");
        alert.Facts.ShouldContain("agentMatchedAt");
        alert.Facts.ShouldContain(filing.FilingNumber);
        alert.Facts.ShouldContain("410702000001");
        var police = await app.SignInAsync("police.demo");
        var shown = await (await police.GetAsync($"/api/v1/alerts/{alert.Id}", TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        foreach (var text in new[] { alert.SubjectKey, alert.SubjectLabel!, alert.Facts, shown })
        {
            text.ShouldNotContain(agent.IdNumber!);
            text.ShouldNotContain(agent.Name!);
        }

        // Working the seals is no new sighting: no second alert, none about the filing's other seal.
        await (await shop.EngraveAsync(filing.Seals[1].SealCode, await shop.EngraverIdAsync())).ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await app.AlertsAboutAsync(Rule, filing.Seals[1].SealCode)).ShouldBeEmpty();
        (await app.AlertsNamingAsync(Rule, filing.FilingNumber)).ShouldHaveSingleItem();
        await app.ShouldBeSeenOnlyInItsJurisdictionAsync(alert);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_listed_recipient_raises_one_alert_at_delivery_for_the_filing_however_many_seals_are_handed_over(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var recipient = TestData.Person();
        await app.PutOnWatchListAsync(recipient.IdNumber!);
        var filing = await shop.FileAsync(TestData.Intake(TestData.Organization(), sealTypes: ["01", "02"]));
        var engraver = await shop.EngraverIdAsync();
        foreach (var seal in filing.Seals)
        {
            await (await shop.EngraveAsync(seal.SealCode, engraver)).ShouldHaveStatusAsync(HttpStatusCode.OK);
            await (await shop.UploadImprintAsync(seal.SealCode)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        }

        (await app.AlertsNamingAsync(Rule, filing.FilingNumber)).ShouldBeEmpty("the agent is not listed");
        foreach (var seal in filing.Seals)
        {
            await (await shop.DeliverAsync(seal.SealCode, recipient)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        }

        var alert = (await app.AlertsNamingAsync(Rule, filing.FilingNumber)).ShouldHaveSingleItem();
        alert.SubjectKey.ShouldBe(filing.Seals[0].SealCode);
        alert.Facts.ShouldContain("recipientMatchedAt");
        alert.Facts.ShouldNotContain(recipient.IdNumber!);
        alert.State.ShouldBe(AlertState.Open);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Agents_and_recipients_not_on_the_list_raise_nothing(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        await app.PutOnWatchListAsync(TestData.Person().IdNumber!);

        var (_, sealCode) = await shop.DeliverNewSealToAsync(TestData.Intake(TestData.Organization()), TestData.Person());

        (await app.AlertsAboutAsync(Rule, sealCode)).ShouldBeEmpty();
    }
}
