using Microsoft.EntityFrameworkCore;
using SealGuard.Benchmarks;
using SealGuard.Web.Seeding.Demo;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Bench;

/// <summary>
/// The CI smoke version of <c>bench/run-search.sh</c>: a fraction of a second of each kind of police query and the
/// dashboard statistics as <c>police.demo</c>, against the app on real Kestrel (loopback) on both providers.
/// </summary>
public sealed class SearchBenchmarkSmokeTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Search_benchmark_times_every_kind_of_police_query_and_the_exact_ones_find_their_seal(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await SealGuardApp.StartAsync(provider, s => s["SealGuard:DemoOrganizations"] = "6", kestrel: true);
        using var client = app.CreateClient();
        var samples = await app.WithDbAsync(db => (from s in db.Seals join o in db.Organizations on s.OrganizationId equals o.Id orderby s.Id select new SealSample(s.SealCode, o.Name))
            .Take(10).ToListAsync(ct));

        var load = new LoadSettings(Concurrency: 2, Duration: TimeSpan.FromMilliseconds(300), Warmup: TimeSpan.FromMilliseconds(50), MaxRequests: 10_000);
        var figures = await SearchBenchmark.RunAsync(
            new SearchBenchmarkOptions(client.BaseAddress!, load, "police.demo", DemoSeeder.DemoPassword, samples, Lookups: 5), TextWriter.Null, ct);

        using var table = new StringWriter();
        SearchBenchmark.Print(figures, table);
        figures.Count.ShouldBe(12, table.ToString());
        foreach (var figure in figures)
        {
            var r = figure.Result;
            r.Requests.ShouldBeGreaterThan(0, $"{figure.Kind}{Environment.NewLine}{table}");
            r.Errors.ShouldBe(0, $"{figure.Kind}{Environment.NewLine}{table}");
            r.P50.ShouldBeLessThanOrEqualTo(r.P95, figure.Kind);
            r.P95.ShouldBeLessThanOrEqualTo(r.P99, figure.Kind);
            r.P99.ShouldBeLessThanOrEqualTo(r.Max, figure.Kind);
        }

        // Exact lookups and name parts are cut from real seals: every answer has the seal in it.
        figures.Where(f => f.Kind != "dashboard statistics").ShouldAllBe(f => f.EmptyAnswers == 0, table.ToString());
        table.ToString().ShouldContain("| name, 3 characters |");
        table.ToString().ShouldContain("| name, 3 characters, by name |");
        table.ToString().ShouldContain("| all seals, by type descending |");
    }
}
