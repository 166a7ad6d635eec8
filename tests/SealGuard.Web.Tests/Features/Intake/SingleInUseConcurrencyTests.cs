using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Filings;
using SealGuard.Web.Features.Intake;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Intake;

/// <summary>
/// The single-in-use rule under parallel intakes: the organization row is locked before its seals are read (PostgreSQL
/// FOR UPDATE; SQLite's BEGIN IMMEDIATE), so of parallel intakes exactly one public seal is accepted and the others are
/// refused with 409, never 500, whether the organization exists already or is registered by these very intakes.
/// </summary>
public sealed class SingleInUseConcurrencyTests(SharedApps apps)
{
    private const int Parallel = 12;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Parallel_intakes_of_a_public_seal_for_an_existing_organization_accept_exactly_one(string provider)
    {
        var app = await apps.GetAsync(provider);
        var organization = TestData.Organization();
        await (await app.SignInAsync("shop.demo")).FileAsync(TestData.Intake(organization, sealTypes: ["02"]));

        var created = await RaceAsync(app, Enumerable.Range(0, Parallel).Select(_ => TestData.Intake(organization)).ToList());

        created.ShouldBe(1);
        (await InUseAsync(app, organization.CreditCode!, "01")).ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Parallel_first_intakes_of_a_new_credit_code_register_one_organization_with_one_public_seal(string provider)
    {
        var app = await apps.GetAsync(provider);
        var organization = TestData.Organization();

        var created = await RaceAsync(app, Enumerable.Range(0, Parallel).Select(_ => TestData.Intake(organization)).ToList());

        created.ShouldBe(1);
        (await app.WithDbAsync(db => db.Organizations.CountAsync(o => o.CreditCode == organization.CreditCode, TestContext.Current.CancellationToken))).ShouldBe(1);
        (await InUseAsync(app, organization.CreditCode!, "01")).ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Parallel_replacements_of_one_seal_accept_exactly_one(string provider)
    {
        var app = await apps.GetAsync(provider);
        var organization = TestData.Organization();
        var old = await (await app.SignInAsync("shop.demo")).DeliverNewSealAsync(TestData.Intake(organization));
        var reasons = new[] { "Replacement", "DamagedReplacement" };

        var created = await RaceAsync(app, Enumerable.Range(0, Parallel).Select(i => TestData.Replacement(organization, reasons[i % 2], old)).ToList());

        created.ShouldBe(1);
        (await InUseAsync(app, organization.CreditCode!, "01")).ShouldBe(2, "the old seal until the replacement is delivered, and the one replacement");
        var replacing = await app.WithDbAsync(db => db.Seals.CountAsync(s => s.Replaces!.SealCode == old, TestContext.Current.CancellationToken));
        replacing.ShouldBe(1);
    }

    /// <summary>Posts every intake at once from several clients; all but the created ones must be clean 409 refusals.</summary>
    private static async Task<int> RaceAsync(SealGuardApp app, List<IntakeRequest> requests)
    {
        var ct = TestContext.Current.CancellationToken;
        var clients = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => app.LoginAsync("shop.demo")));
        // The materials are staged first, one after another: the race is between the intakes.
        var prepared = new List<IntakeRequest>();
        foreach (var request in requests)
        {
            prepared.Add(await clients[0].WithMaterialsAsync(request));
        }

        var responses = await Task.WhenAll(prepared.Select((request, i) => clients[i % clients.Length].PostAsJsonAsync("/api/v1/filings", request, FilingSteps.Json, ct)));
        var unexpected = new List<string>();
        foreach (var response in responses.Where(r => r.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.Conflict)))
        {
            unexpected.Add($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
        }

        unexpected.ShouldBeEmpty();
        return responses.Count(r => r.StatusCode == HttpStatusCode.Created);
    }

    private static Task<int> InUseAsync(SealGuardApp app, string creditCode, string type) =>
        app.WithDbAsync(db => db.Seals.CountAsync(
            s => s.Type == type && s.Life == LifeState.InUse && db.Organizations.Any(o => o.Id == s.OrganizationId && o.CreditCode == creditCode),
            TestContext.Current.CancellationToken));
}
