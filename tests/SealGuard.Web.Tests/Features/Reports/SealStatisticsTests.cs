using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Filings;
using SealGuard.Web.Features.Reports;
using SealGuard.Web.Features.Seals;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Reports;

public sealed class SealStatisticsTests(SharedApps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_counters_move_with_every_intake_and_life_state_change(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.LoginAsync("shop.demo");
        var police = await app.LoginAsync("police.demo");
        var before = await StatisticsAsync(police);

        await shop.FileAsync(TestData.Intake(sealTypes: ["01", "02", "03"]));
        var lost = await shop.DeliverNewSealAsync(TestData.Intake(sealTypes: ["05"]));
        var surrendered = await shop.DeliverNewSealAsync(TestData.Intake(sealTypes: ["02"]));
        await (await shop.PostAsJsonAsync($"/api/v1/seals/{lost}/loss-report", new LifeStateRequest("遗失", true), Ct)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await shop.PostAsJsonAsync($"/api/v1/seals/{surrendered}/surrender", new LifeStateRequest("注销", true), Ct)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        await SealCounters.ShouldMatchTheSealsAsync(app);
        var after = await StatisticsAsync(police);
        after.Total.ShouldBeGreaterThanOrEqualTo(before.Total + 5);
        Life(after, LifeState.ReportedLost).ShouldBeGreaterThanOrEqualTo(Life(before, LifeState.ReportedLost) + 1);
        Life(after, LifeState.Surrendered).ShouldBeGreaterThanOrEqualTo(Life(before, LifeState.Surrendered) + 1);
        after.ByLifeState.Sum(r => r.Count).ShouldBe(after.Total);
        after.ByType.Sum(r => r.Count).ShouldBe(after.Total);
        after.ByDivision.Sum(r => r.Count).ShouldBe(after.Total);
        after.PerMonth.Count.ShouldBe(SealStatisticsHandler.Months);
        after.PerMonth[^1].Count.ShouldBeGreaterThanOrEqualTo(before.PerMonth[^1].Count + 5, "this month's intakes");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Figures_cover_only_the_officers_jurisdiction_and_shops_are_refused(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.LoginAsync("shop.demo");
        await shop.FileAsync(TestData.Intake(TestData.Organization(division: "410727")));
        var fengqiu = await StatisticsAsync(await app.LoginAsync("police.fengqiu"));
        var city = await StatisticsAsync(await app.LoginAsync("police.demo"));

        fengqiu.ByDivision.ShouldHaveSingleItem().Key.ShouldBe("410727");
        var inFengqiu = await app.WithDbAsync(db => db.Seals.LongCountAsync(s => s.DivisionCode == "410727", Ct));
        fengqiu.Total.ShouldBeInRange(1, inFengqiu);
        city.Total.ShouldBeGreaterThan(fengqiu.Total);
        city.ByDivision.ShouldAllBe(r => r.Key.StartsWith("4107", StringComparison.Ordinal));
        city.TopShops.Count.ShouldBeLessThanOrEqualTo(SealStatisticsHandler.TopShopCount);
        city.TopShops.Select(r => r.Count).ShouldBeInOrder(SortDirection.Descending);

        (await shop.GetAsync("/api/v1/statistics/seals", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.AnonymousClient().GetAsync("/api/v1/statistics/seals", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private static async Task<SealStatisticsView> StatisticsAsync(HttpClient client)
    {
        var response = await client.GetAsync("/api/v1/statistics/seals", Ct);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<SealStatisticsView>(FilingSteps.Json, Ct))!;
    }

    private static long Life(SealStatisticsView view, LifeState state) => view.ByLifeState.Single(r => r.Key == state.ToString()).Count;
}

[Collection(nameof(IsolatedFilingGroup))]
public sealed class SealCountRebuildTests(IsolatedFilingApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Stats_rebuild_recounts_counters_that_went_wrong(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.LoginAsync("shop.demo");
        await shop.DeliverNewSealAsync(TestData.Intake(sealTypes: ["01", "02"]));
        await shop.FileAsync(TestData.Intake(TestData.Organization(division: "410727"), sealTypes: ["03"]));
        var right = await SealCounters.ReadAsync(app);

        await app.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE seal_counts SET count = count + 7", TestContext.Current.CancellationToken);
            return await db.Database.ExecuteSqlRawAsync("DELETE FROM seal_month_counts", TestContext.Current.CancellationToken);
        });
        (await SealCounters.ReadAsync(app)).Counters.ShouldNotBe(right.Counters);

        // The isolated apps are shared with the reports' tests, which rebuild too: count this rebuild's entry only.
        var audited = (await app.AuditOfAsync("SealCounts", "all")).Count;
        var (exitCode, output) = await app.RunCliAsync("stats", "rebuild");

        exitCode.ShouldBe(0, output);
        var rebuilt = await SealCounters.ReadAsync(app);
        output.ShouldContain($"{rebuilt.Recounted.Counts.Sum(c => c.Count)} seals");
        rebuilt.Counters.Counts.ShouldBe(right.Recounted.Counts);
        rebuilt.Counters.Months.ShouldBe(right.Recounted.Months, "months counted in SQL as C# counts them (China time)");
        var entries = await app.AuditOfAsync("SealCounts", "all");
        entries.Count.ShouldBe(audited + 1);
        entries.ShouldAllBe(e => e.Action == "SealCounts.Rebuilt");
    }
}
