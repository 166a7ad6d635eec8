using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SealGuard.Web.Features.Intake;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Intake;

public sealed class SealCodeConcurrencyTests(SharedApps apps)
{
    private const int Intakes = 200;

    // 延津县: no other test files seals there, so our serials should be the only ones in their range.
    private const string Division = "410726";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_hundred_parallel_intakes_in_one_division_all_succeed_with_distinct_contiguous_codes(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var clients = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => app.LoginAsync("shop.demo")));
        var requests = Enumerable.Range(0, Intakes).Select(_ => TestData.Intake(TestData.Organization(Division))).ToList();

        // The materials are staged first, one after another: the race is between the intakes.
        var prepared = new List<IntakeRequest>();
        foreach (var request in requests)
        {
            prepared.Add(await clients[0].WithMaterialsAsync(request));
        }

        var responses = await Task.WhenAll(prepared.Select((request, i) => clients[i % clients.Length].PostAsJsonAsync("/api/v1/filings", request, FilingSteps.Json, ct)));

        var failures = new List<string>();
        var codes = new List<string>();
        foreach (var response in responses)
        {
            if (response.StatusCode == HttpStatusCode.Created)
            {
                codes.Add((await response.Content.ReadFromJsonAsync<IntakeResponse>(FilingSteps.Json, ct))!.Seals.Single().SealCode);
            }
            else
            {
                failures.Add($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
            }
        }

        failures.ShouldBeEmpty($"{failures.Count} of {Intakes} intakes failed; distinct failures: {string.Join(" | ", failures.Distinct().Take(5))}");
        codes.Distinct().Count().ShouldBe(Intakes);
        codes.ShouldAllBe(c => c.Length == 13 && c.StartsWith(Division));
        var serials = codes.Select(c => int.Parse(c[6..], CultureInfo.InvariantCulture)).Order().ToList();
        var (low, high) = (serials[0], serials[^1]);

        // No serial in the range was skipped or handed out twice, whoever else filed in the division meanwhile.
        var stored = await app.WithDbAsync(db => db.Seals.Where(s => s.DivisionCode == Division).Select(s => s.SealCode).ToListAsync(ct));
        var inRange = stored.Select(c => int.Parse(c[6..], CultureInfo.InvariantCulture)).Where(s => s >= low && s <= high).Order().ToList();
        inRange.ShouldBe(Enumerable.Range(low, high - low + 1));
        (high - low + 1).ShouldBe(Intakes, "another writer took serials in this division during the test");

        // The organizations got distinct codes in the division too.
        var creditCodes = requests.Select(r => r.Organization!.CreditCode).ToList();
        var orgCodes = await app.WithDbAsync(db => db.Organizations.Where(o => creditCodes.Contains(o.CreditCode)).Select(o => o.OrgCode).ToListAsync(ct));
        orgCodes.Count.ShouldBe(Intakes);
        orgCodes.Distinct().Count().ShouldBe(Intakes);
        orgCodes.ShouldAllBe(c => c.StartsWith(Division));
    }
}
