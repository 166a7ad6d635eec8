using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SealGuard.Core.Alerts;
using SealGuard.Core.Codes;
using SealGuard.Web.Features.Intake;
using SealGuard.Web.Features.PersonalData;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Alerts.Rules;

/// <summary>Rule 6: one person agent for 5 different organizations within 30 days; the alert names the person only by the blind index.</summary>
public sealed class AgentForManyOrganizationsRuleTests(SharedApps apps)
{
    private const string Rule = "AgentForManyOrganizations";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_fifth_organization_within_30_days_raises_one_alert_and_older_or_repeated_ones_do_not_count(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var agent = TestData.Person();
        var index = BlindIndex(app, agent);
        var first = TestData.Organization();
        var older = await shop.FileAsync(TestData.Intake(first, agent));
        await app.WithDbAsync(db => db.Filings.Where(f => f.Id == older.FilingId)
            .ExecuteUpdateAsync(u => u.SetProperty(f => f.AcceptedAt, DateTime.UtcNow.AddDays(-31)), TestContext.Current.CancellationToken));
        var organizations = Enumerable.Range(0, 4).Select(_ => TestData.Organization()).ToList();
        foreach (var organization in organizations)
        {
            await shop.FileAsync(TestData.Intake(organization, agent));
        }

        await shop.FileAsync(TestData.Intake(organizations[0], agent, sealTypes: ["02"]));
        (await app.AlertsAboutAsync(Rule, index)).ShouldBeEmpty("4 organizations in the window: the older intake and the repeat do not count");

        var fifth = await shop.FileAsync(TestData.Intake(TestData.Organization("410702"), agent));

        var alert = (await app.AlertsAboutAsync(Rule, index)).ShouldHaveSingleItem();
        alert.SubjectKind.ShouldBe(AlertSubjectKind.Person);
        alert.SubjectLabel.ShouldBeNull();
        alert.Severity.ShouldBe(AlertSeverity.Medium);
        alert.DivisionCode.ShouldBe("410702");
        alert.Facts.ShouldContain("\"organizations\":5");
        alert.Facts.ShouldContain("\"days\":30");
        alert.Facts.ShouldContain(fifth.FilingNumber);
        alert.Facts.ShouldNotContain(agent.IdNumber!);

        await shop.FileAsync(TestData.Intake(TestData.Organization(), agent));
        (await app.AlertsAboutAsync(Rule, index)).ShouldHaveSingleItem().State.ShouldBe(AlertState.Open);
        await app.ShouldBeSeenOnlyInItsJurisdictionAsync(alert);
    }

    [Fact]
    public async Task Ten_parallel_intakes_by_one_agent_for_ten_organizations_on_PostgreSQL_raise_exactly_one_open_alert()
    {
        var app = await apps.GetAsync(TestDatabase.Postgres);
        var ct = TestContext.Current.CancellationToken;
        var agent = TestData.Person();
        var clients = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => app.LoginAsync("shop.demo")));
        var prepared = new List<IntakeRequest>();
        for (var i = 0; i < 10; i++)
        {
            prepared.Add(await clients[i % clients.Length].WithMaterialsAsync(TestData.Intake(TestData.Organization(), agent)));
        }

        var responses = await Task.WhenAll(prepared.Select((request, i) => clients[i % clients.Length].PostAsJsonAsync("/api/v1/filings", request, FilingSteps.Json, ct)));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created);
        var alert = (await app.AlertsAboutAsync(Rule, BlindIndex(app, agent))).ShouldHaveSingleItem();
        alert.State.ShouldBe(AlertState.Open);
    }

    private static string BlindIndex(SealGuardApp app, PersonInput person) =>
        app.Services.GetRequiredService<PersonalDataProtector>().BlindIndex(IdNumber.Parse(person.IdNumber!));
}
