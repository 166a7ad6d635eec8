using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SealGuard.Benchmarks;
using SealGuard.Web.Hosting;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Bench;

/// <summary>
/// The CI smoke version of <c>bench/run-verification.sh</c>: the load generator for a fraction of a second per target
/// against the app on real Kestrel (loopback), so the benchmark code keeps building and measuring.
/// </summary>
public sealed class LoadGeneratorSmokeTests
{
    [Fact]
    public async Task Load_generator_measures_the_bare_endpoint_the_verification_api_and_the_raw_sql_lookup()
    {
        await using var app = BenchSealGuardApp.Start();
        using var client = app.CreateClient();
        var database = Path.Combine(app.DataDirectory, "sealguard.db");
        IReadOnlyList<SealSample> samples;
        using (var sampler = DatabaseTarget.Create(null, database, 1, [new SealSample("", "")]))
        {
            samples = await sampler.SampleAsync(100, TestContext.Current.CancellationToken);
        }

        samples.ShouldNotBeEmpty("the demo city has seals to verify");
        var load = new LoadSettings(Concurrency: 4, Duration: TimeSpan.FromMilliseconds(700), Warmup: TimeSpan.FromMilliseconds(200), MaxRequests: 200_000);
        var result = await VerificationBenchmark.RunAsync(
            new VerificationBenchmarkOptions(client.BaseAddress!, samples, load, SqliteFile: database, ServerPid: Environment.ProcessId),
            cancellationToken: TestContext.Current.CancellationToken);

        foreach (var target in new[] { result.Constant, result.Verification, result.Database! })
        {
            target.Requests.ShouldBeGreaterThan(0, target.Name);
            target.Errors.ShouldBe(0, target.Name);
            target.RequestsPerSecond.ShouldBeGreaterThan(0, target.Name);
            target.P50.ShouldBeGreaterThan(TimeSpan.Zero, target.Name);
            target.P50.ShouldBeLessThanOrEqualTo(target.P95, target.Name);
            target.P95.ShouldBeLessThanOrEqualTo(target.P99, target.Name);
            target.P99.ShouldBeLessThanOrEqualTo(target.Max, target.Name);
            target.Max.ShouldBeLessThan(TimeSpan.FromSeconds(10), target.Name);
        }

        result.VerificationNotFound.ShouldBe(0);
        result.DatabaseNotFound.ShouldBe(0);
        result.VerificationToConstant.ShouldBeGreaterThan(0);
        result.ServerPeakRssDuringLoadKb.ShouldNotBeNull().ShouldBeGreaterThan(0);
        VerificationBenchmark.Format(result).ShouldContain("verification / bare endpoint");
    }

    [Fact]
    public async Task Every_worker_measures_a_request_even_when_the_window_closes_before_it_starts()
    {
        // A window far shorter than it takes a worker to be scheduled: what a busy machine does to a 300 ms window.
        var load = new LoadSettings(Concurrency: 3, Duration: TimeSpan.FromTicks(1), Warmup: TimeSpan.Zero);

        var result = await LoadGenerator.RunAsync("slow", async (_, ct) =>
        {
            await Task.Delay(20, ct);
            return true;
        }, load, TestContext.Current.CancellationToken);

        result.Requests.ShouldBe(3, "one completed request per worker, though each finished after the window");
        result.Errors.ShouldBe(0);
        result.P50.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(15));
    }

    [Theory]
    [InlineData("http://10.0.0.1:5080")]
    [InlineData("http://example.com")]
    [InlineData("http://127.0.0.1.example.com:5080")]
    public void Load_generator_refuses_targets_off_this_machine(string url) =>
        Should.Throw<ArgumentException>(() => Loopback.RequireLoopback(url));

    [Theory]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://[::1]:5080")]
    [InlineData("http://localhost:5080")]
    public void Load_generator_accepts_loopback_targets(string url) =>
        Loopback.RequireLoopback(url).ShouldNotBeNull();

    /// <summary>The app on Kestrel (loopback, a free port) with the bench endpoint on and a tiny demo city.</summary>
    private sealed class BenchSealGuardApp : WebApplicationFactory<SealGuardOptions>
    {
        public string DataDirectory { get; } = TestDirectories.New();

        public static BenchSealGuardApp Start()
        {
            var app = new BenchSealGuardApp();
            app.UseKestrel(0);
            app.StartServer();
            return app;
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("SealGuard:DataDirectory", DataDirectory);
            builder.UseSetting("SealGuard:Database:Provider", TestDatabase.Sqlite);
            builder.UseSetting("SealGuard:Demo", "true");
            builder.UseSetting("SealGuard:DemoOrganizations", "2");
            builder.UseSetting("SealGuard:RateLimiting:PublicPerMinute", "0");
            builder.UseSetting("SealGuard:Benchmarks:Enabled", "true");
            builder.UseSetting("urls", "http://127.0.0.1:0");
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            TestDirectories.Delete(DataDirectory);
        }
    }
}
