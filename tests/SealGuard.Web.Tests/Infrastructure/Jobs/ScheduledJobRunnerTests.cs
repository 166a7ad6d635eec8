using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SealGuard.Web.Infrastructure.Jobs;

namespace SealGuard.Web.Tests.Infrastructure.Jobs;

public sealed class ScheduledJobRunnerTests(SharedApps apps)
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_job_runs_once_per_interval_of_the_clock_a_failure_does_not_stop_it_and_shutdown_ends_it(string provider)
    {
        var app = await apps.GetAsync(provider);
        var clock = new FakeTimeProvider(Start);
        var job = new TestJob(TimeSpan.FromMinutes(10), runsAtStart: true);
        using var runner = Runner(app, clock, job);
        var ct = TestContext.Current.CancellationToken;

        await runner.StartAsync(ct);
        await job.WaitForRunsAsync(1);
        clock.Advance(TimeSpan.FromMinutes(9));
        await Task.Delay(300, ct);
        job.Runs.ShouldBe(1, "no run before the interval is over");

        job.Failing = true;
        clock.Advance(TimeSpan.FromMinutes(1));
        await job.WaitForRunsAsync(2);
        job.Failing = false;
        clock.Advance(TimeSpan.FromMinutes(10));
        await job.WaitForRunsAsync(3);
        clock.Advance(TimeSpan.FromMinutes(10));
        await job.WaitForRunsAsync(4);
        await Task.Delay(300, ct);
        job.Runs.ShouldBe(4, "one run per interval");

        await runner.StopAsync(ct);
        runner.ExecuteTask.ShouldNotBeNull().IsCompletedSuccessfully.ShouldBeTrue();
        var lease = await job.LeaseAsync(app);
        lease.LastSucceededAt.ShouldBe(clock.GetUtcNow().UtcDateTime);
        lease.ConsecutiveFailures.ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Ten_runners_in_two_app_instances_on_one_database_run_each_interval_exactly_once(string provider)
    {
        await using var app = await SealGuardApp.StartAsync(provider, s =>
        {
            s["SealGuard:DemoOrganizations"] = "0";
            s["SealGuard:Audit:CheckpointMinutes"] = "0";
        });
        // A second host on the same settings: the same database, its own service provider, DbContext pool and connections.
        await using var second = app.WithWebHostBuilder(_ => { });
        _ = second.Server;
        var clock = new FakeTimeProvider(Start);
        var job = new TestJob(TimeSpan.FromMinutes(1));
        var runners = Enumerable.Range(0, 10).Select(i => Runner(i % 2 == 0 ? app : second, clock, job)).ToList();
        var ct = TestContext.Current.CancellationToken;

        for (var tick = 1; tick <= 10; tick++)
        {
            var outcomes = await Task.WhenAll(runners.Select(r => Task.Run(() => r.RunOnceAsync(job, ct), ct)));
            outcomes.Count(o => o == JobRunOutcome.Succeeded).ShouldBe(1, $"tick {tick}");
            outcomes.Count(o => o == JobRunOutcome.Skipped).ShouldBe(9, $"tick {tick}");
            job.Runs.ShouldBe(tick);
            (await job.LeaseAsync(app)).LastSucceededAt.ShouldBe(clock.GetUtcNow().UtcDateTime);
            clock.Advance(job.Interval);
        }

        runners.ForEach(r => r.Dispose());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_holder_keeps_the_job_on_a_tick_that_comes_early_and_another_instance_takes_it_once_the_lease_runs_out(string provider)
    {
        var app = await apps.GetAsync(provider);
        var clock = new FakeTimeProvider(Start);
        var job = new TestJob(TimeSpan.FromMinutes(5));
        using var holder = Runner(app, clock, job);
        using var other = Runner(app, clock, job);
        var ct = TestContext.Current.CancellationToken;

        (await holder.RunOnceAsync(job, ct)).ShouldBe(JobRunOutcome.Succeeded);
        // Real clocks jitter: the holder's next tick may read the time a moment before its own lease ends.
        clock.Advance(job.Interval - TimeSpan.FromSeconds(1));
        (await other.RunOnceAsync(job, ct)).ShouldBe(JobRunOutcome.Skipped);
        (await holder.RunOnceAsync(job, ct)).ShouldBe(JobRunOutcome.Succeeded);

        // The holder stops (its host went down): the lease it took last runs out, and the other instance takes over.
        clock.Advance(job.Interval - TimeSpan.FromSeconds(1));
        (await other.RunOnceAsync(job, ct)).ShouldBe(JobRunOutcome.Skipped);
        clock.Advance(TimeSpan.FromSeconds(1));
        (await other.RunOnceAsync(job, ct)).ShouldBe(JobRunOutcome.Succeeded);
        (await job.LeaseAsync(app)).HolderId.ShouldBe(other.HolderId);
        job.Runs.ShouldBe(3);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Failures_in_a_row_are_counted_with_the_exception_type_only_and_a_success_resets_them(string provider)
    {
        var app = await apps.GetAsync(provider);
        var clock = new FakeTimeProvider(Start);
        var job = new TestJob(TimeSpan.FromMinutes(1)) { Failing = true };
        using var runner = Runner(app, clock, job);
        var ct = TestContext.Current.CancellationToken;

        (await runner.RunOnceAsync(job, ct)).ShouldBe(JobRunOutcome.Failed);
        clock.Advance(job.Interval);
        (await runner.RunOnceAsync(job, ct)).ShouldBe(JobRunOutcome.Failed);
        var failed = await job.LeaseAsync(app);
        failed.ConsecutiveFailures.ShouldBe(2);
        failed.LastError.ShouldBe(nameof(InvalidOperationException));
        failed.LastFailedAt.ShouldBe(clock.GetUtcNow().UtcDateTime);
        failed.LastSucceededAt.ShouldBeNull();
        failed.HolderId.ShouldBe(runner.HolderId);

        job.Failing = false;
        clock.Advance(job.Interval);
        (await runner.RunOnceAsync(job, ct)).ShouldBe(JobRunOutcome.Succeeded);
        var succeeded = await job.LeaseAsync(app);
        succeeded.ConsecutiveFailures.ShouldBe(0);
        succeeded.LastError.ShouldBeNull();
        succeeded.LastSucceededAt.ShouldBe(clock.GetUtcNow().UtcDateTime);
        succeeded.LastStartedAt.ShouldBe(clock.GetUtcNow().UtcDateTime);
    }

    internal static ScheduledJobRunner Runner(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<SealGuard.Web.Hosting.SealGuardOptions> app, TimeProvider clock, TestJob job) =>
        new([job], app.Services.GetRequiredService<IServiceScopeFactory>(), clock, NullLogger<ScheduledJobRunner>.Instance);
}
