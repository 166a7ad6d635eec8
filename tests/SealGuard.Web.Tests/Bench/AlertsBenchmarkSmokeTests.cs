using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SealGuard.Benchmarks;
using SealGuard.Core.Alerts;
using SealGuard.Web.Features.Alerts;
using SealGuard.Web.Seeding.Demo;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Bench;

/// <summary>
/// The CI smoke version of <c>bench/run-alerts.sh</c>: a few hundred synthetic alerts, a fraction of a second of each
/// list query as <c>police.demo</c>, and of whole filings with the rules off and on, against the app on real Kestrel
/// (loopback); the rules end as they began.
/// </summary>
public sealed class AlertsBenchmarkSmokeTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Alerts_benchmark_times_the_list_and_the_filings_with_the_rules_off_and_on_and_puts_the_rules_back(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await SealGuardApp.StartAsync(provider, s =>
        {
            s["SealGuard:DemoOrganizations"] = "2";
            s["SealGuard:Alerts:ScheduleMinutes"] = "0";
        }, kestrel: true);
        using (var scope = app.Services.CreateScope())
        {
            (await scope.ServiceProvider.GetRequiredService<SyntheticAlerts>().WriteAsync(500, ct)).ShouldBe(500);
        }

        var states = await app.WithDbAsync(db => db.Set<Alert>().Where(a => a.SubjectLabel == "合成预警").GroupBy(a => a.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct));
        states.Sum(s => s.Count).ShouldBe(500);
        states.Single(s => s.Key == AlertState.Closed).Count.ShouldBe(400);
        using var client = app.CreateClient();
        using var shop = await app.LoginAsync("shop.demo");
        await shop.DeliverNewSealAsync(); // the server's code paths are compiled before the clock runs

        var load = new LoadSettings(Concurrency: 2, Duration: TimeSpan.FromMilliseconds(600), Warmup: TimeSpan.FromMilliseconds(100), MaxRequests: 10_000);
        var result = await AlertsBenchmark.RunAsync(new AlertsBenchmarkOptions(client.BaseAddress!, load, ("police.demo", DemoSeeder.DemoPassword),
            ("police.admin", DemoSeeder.DemoPassword), ("shop.demo", DemoSeeder.DemoPassword), SealsPerFiling: 1, Seed: 11), cancellationToken: ct);

        var report = AlertsBenchmark.Format(result);
        result.TotalAlerts.ShouldBeGreaterThanOrEqualTo(500, report);
        result.ListQueries.Count.ShouldBe(4, report);
        foreach (var r in result.ListQueries.Concat([result.IntakeRulesOff, result.IntakeRulesOn, result.FilingsRulesOff, result.FilingsRulesOn]))
        {
            r.Requests.ShouldBeGreaterThan(0, $"{r.Name}{Environment.NewLine}{report}");
            r.Errors.ShouldBe(0, $"{r.Name}{Environment.NewLine}{report}");
            r.P50.ShouldBeLessThanOrEqualTo(r.P95, r.Name);
            r.P95.ShouldBeLessThanOrEqualTo(r.Max, r.Name);
        }

        result.Problems.ShouldBeEmpty(report);
        result.IntakeP95Ratio.ShouldBeGreaterThan(0, report);
        report.ShouldContain("intake p95: rules on");

        // Switched off for the baseline and back without an override left behind.
        var overrides = await app.WithDbAsync(db => db.Set<AlertRuleOverride>().CountAsync(ct));
        overrides.ShouldBe(0, report);
    }
}
