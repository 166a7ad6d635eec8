using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Hosting;
using SealGuard.Web.Infrastructure.Jobs;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Audit;

/// <summary>The periodic checkpoints, run by a runner with a clock of the test's own and a file of its own.</summary>
public sealed class AuditCheckpointJobTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_checkpoint_is_written_at_start_and_then_once_per_interval_covering_the_new_entries(string provider)
    {
        // An app of its own whose checkpoints are off: on the shared app's database, that app's runner would hold the
        // job's lease, and this runner (another instance, as far as the lease goes) would rightly not run it.
        await using var app = await SealGuardApp.StartAsync(provider, s => s["SealGuard:Audit:CheckpointMinutes"] = "0");
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));
        var checkpoints = new AuditCheckpoints(app.Services.GetRequiredService<AuditChain>(), Path.Combine(app.DataDirectory, "anchors-" + Guid.NewGuid().ToString("N")));
        using var service = Runner(app, checkpoints, clock, minutes: 5);
        var ct = TestContext.Current.CancellationToken;

        await service.StartAsync(ct);
        var atStart = (await LinesAsync(checkpoints, 1)).Single();
        atStart.WrittenAt.ShouldBe(clock.GetUtcNow().UtcDateTime);

        await (await app.LoginAsync("shop.demo")).FileAsync(TestData.Intake());
        var filed = await app.LastAuditIdAsync();
        clock.Advance(TimeSpan.FromMinutes(4));
        await Task.Delay(300, ct);
        (await checkpoints.ReadAsync(ct)).Count.ShouldBe(1, "no checkpoint before the interval is over");

        clock.Advance(TimeSpan.FromMinutes(1));
        var next = (await LinesAsync(checkpoints, 2))[1];
        next.LastId.ShouldBeGreaterThanOrEqualTo(filed);
        next.WrittenAt.ShouldBe(atStart.WrittenAt.AddMinutes(5));
        await service.StopAsync(ct);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Zero_minutes_switch_the_periodic_checkpoints_off(string provider)
    {
        var app = await apps.GetAsync(provider);
        var checkpoints = new AuditCheckpoints(app.Services.GetRequiredService<AuditChain>(), Path.Combine(app.DataDirectory, "anchors-" + Guid.NewGuid().ToString("N")));
        using var service = Runner(app, checkpoints, new FakeTimeProvider(), minutes: 0);

        await service.StartAsync(TestContext.Current.CancellationToken);
        await service.ExecuteTask!;

        File.Exists(checkpoints.FilePath).ShouldBeFalse();
    }

    /// <summary>The app's job with a file and clock of the test's own, on a runner of its own.</summary>
    private static ScheduledJobRunner Runner(SealGuardApp app, AuditCheckpoints checkpoints, TimeProvider clock, int minutes)
    {
        var options = Options.Create(new SealGuardOptions { Audit = { CheckpointMinutes = minutes } });
        var job = new AuditCheckpointJob(checkpoints, clock, options, NullLogger<AuditCheckpointJob>.Instance);
        return new ScheduledJobRunner([job], app.Services.GetRequiredService<IServiceScopeFactory>(), clock, NullLogger<ScheduledJobRunner>.Instance);
    }

    /// <summary>The checkpoints once there are at least <paramref name="count"/>: the runner writes them on its own task.</summary>
    private static async Task<List<AuditCheckpoint>> LinesAsync(AuditCheckpoints checkpoints, int count)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var stored = await checkpoints.ReadAsync(TestContext.Current.CancellationToken);
            if (stored.Count >= count)
            {
                return stored.Select(s => s.Checkpoint.ShouldNotBeNull()).ToList();
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException($"fewer than {count} checkpoints were written");
    }
}
