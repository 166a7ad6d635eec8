using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SealGuard.Benchmarks;
using SealGuard.Core.Filings;
using SealGuard.Web.Features.Seals;
using SealGuard.Web.Seeding.Demo;
using SealGuard.Web.Tests.Infrastructure;
using SkiaSharp;

namespace SealGuard.Web.Tests.Bench;

/// <summary>
/// The CI smoke version of <c>bench/run-intake.sh</c>: a second and a half of whole filings (intake, engraving, imprint
/// upload, delivery) by two workers as <c>shop.demo</c>, against the app on real Kestrel (loopback), after a short run
/// of the bare endpoint; the filed seals must really be in the database, delivered with their imprints.
/// </summary>
public sealed class IntakeBenchmarkSmokeTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Intake_benchmark_files_whole_filings_through_the_api_and_the_seals_are_delivered(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await SealGuardApp.StartAsync(provider, s =>
        {
            s["SealGuard:DemoOrganizations"] = "2";
            s["SealGuard:Benchmarks:Enabled"] = "true";
        }, kestrel: true);
        using var client = app.CreateClient();
        using var shop = await app.LoginAsync("shop.demo");
        await shop.DeliverNewSealAsync(); // one filing through the test helpers first: the server's code paths are compiled before the clock runs

        var deliveredBefore = await app.WithDbAsync(db => db.Seals.CountAsync(s => s.Flow == FlowState.Delivered, ct));

        var load = new LoadSettings(Concurrency: 2, Duration: TimeSpan.FromSeconds(1.5), Warmup: TimeSpan.FromMilliseconds(200), MaxRequests: 10_000);
        var result = await IntakeBenchmark.RunAsync(
            new IntakeBenchmarkOptions(client.BaseAddress!, load, "shop.demo", DemoSeeder.DemoPassword, SealsPerFiling: 2, Seed: 7, ServerPid: Environment.ProcessId),
            cancellationToken: ct);

        var report = IntakeBenchmark.Format(result);
        result.Filings.Requests.ShouldBeGreaterThan(0, report);
        result.Filings.Errors.ShouldBe(0, report);
        result.FailedSteps.ShouldBe(0, report);
        result.Problems.ShouldBeEmpty(report);
        result.Constant.Requests.ShouldBeGreaterThan(0, report);
        result.Constant.Errors.ShouldBe(0, report);
        result.RequestsPerFiling.ShouldBe(2 + (3 * 2));
        foreach (var target in new[] { result.Constant, result.Filings }.Concat(result.Steps))
        {
            target.Requests.ShouldBeGreaterThan(0, target.Name);
            target.P50.ShouldBeGreaterThan(TimeSpan.Zero, target.Name);
            target.P50.ShouldBeLessThanOrEqualTo(target.P95, target.Name);
            target.P95.ShouldBeLessThanOrEqualTo(target.P99, target.Name);
            target.P99.ShouldBeLessThanOrEqualTo(target.Max, target.Name);
            target.Max.ShouldBeLessThan(TimeSpan.FromSeconds(30), target.Name);
        }

        // Every completed filing delivered both its seals; the intake step ran at least once per filing.
        result.DeliveredSealCodes.Count.ShouldBeGreaterThanOrEqualTo((int)result.Filings.Requests * 2);
        result.DeliveredSealCodes.ShouldBeUnique();
        result.Steps[0].Requests.ShouldBeGreaterThanOrEqualTo(result.Filings.Requests);
        result.HttpRequests.ShouldBeGreaterThanOrEqualTo(result.Filings.Requests * result.RequestsPerFiling);
        result.SealsPerSecond.ShouldBeGreaterThan(0);
        result.HttpRequestsToConstant.ShouldBeGreaterThan(0);
        result.ServerPeakRssDuringLoadKb.ShouldNotBeNull().ShouldBeGreaterThan(0);
        result.ServerCpuPerFiling.ShouldNotBeNull().ShouldBeGreaterThan(TimeSpan.Zero);
        result.ServerCpuPerConstantRequest.ShouldNotBeNull().ShouldBeGreaterThan(TimeSpan.Zero);
        result.ImprintBytes.ShouldBeInRange(40_000, 60_000);
        report.ShouldContain("filings/s");

        // The seals are really there: delivered, with an imprint, to a recipient; warm-up filings add to the count.
        var codes = result.DeliveredSealCodes.ToList();
        var stored = await app.WithDbAsync(db => db.Seals.AsNoTracking().Where(s => codes.Contains(s.SealCode))
            .Select(s => new { s.SealCode, s.Flow, s.Life, HasImprint = s.Imprint != null }).ToListAsync(ct));
        stored.Count.ShouldBe(codes.Count);
        stored.ShouldAllBe(s => s.Flow == FlowState.Delivered && s.Life == LifeState.InUse && s.HasImprint);
        var deliveredAfter = await app.WithDbAsync(db => db.Seals.CountAsync(s => s.Flow == FlowState.Delivered, ct));
        (deliveredAfter - deliveredBefore).ShouldBeGreaterThanOrEqualTo(codes.Count);

        // And through the API, as the shop sees one of them.
        var details = await shop.GetFromJsonAsync<SealDetails>($"/api/v1/seals/{codes[^1]}", FilingSteps.Json, ct);
        details.ShouldNotBeNull().SealCode.ShouldBe(codes[^1]);
    }

    [Fact]
    public void Imprint_image_is_a_50_kb_png_whose_bytes_and_pixels_differ_per_variant()
    {
        var image = new ImprintImage();
        var first = image.Create(0);
        var second = image.Create(0xDEAD_BEEF_0000_0001);

        first.Length.ShouldBe(image.Length);
        first.Length.ShouldBeInRange(40_000, 60_000);
        first.ShouldBe(image.Create(0), "deterministic");
        first.ShouldNotBe(second);
        using var a = SKBitmap.Decode(first).ShouldNotBeNull();
        using var b = SKBitmap.Decode(second).ShouldNotBeNull();
        (a.Width, a.Height).ShouldBe((ImprintImage.DefaultSide, ImprintImage.DefaultSide));
        a.GetPixel(image.Side / 2, image.Side / 2).Red.ShouldBeGreaterThan((byte)150, "the star in the middle is red");
        a.GetPixel(1, image.Side - 1).ShouldNotBe(b.GetPixel(1, image.Side - 1), "the variant is in the last row's pixels");
    }
}
