using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;
using SealGuard.Web.Infrastructure.Jobs;

namespace SealGuard.Web.Tests.Infrastructure.Jobs;

public sealed class ScheduledJobsHealthCheckTests(SharedApps apps)
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Three_failures_in_a_row_make_it_degraded_naming_the_job_and_a_success_makes_it_healthy_again(string provider)
    {
        var app = await apps.GetAsync(provider);
        var clock = new FakeTimeProvider(Start);
        var job = new TestJob(TimeSpan.FromMinutes(1)) { Failing = true };
        using var runner = ScheduledJobRunnerTests.Runner(app, clock, job);
        var health = HealthCheck(app, clock, job);
        var ct = TestContext.Current.CancellationToken;

        for (var failure = 1; failure <= ScheduledJobsHealthCheck.FailuresInARow; failure++)
        {
            (await health.CheckHealthAsync(new HealthCheckContext(), ct)).Status.ShouldBe(HealthStatus.Healthy, $"after {failure - 1} failures");
            await runner.RunOnceAsync(job, ct);
            clock.Advance(job.Interval);
        }

        var degraded = await health.CheckHealthAsync(new HealthCheckContext(), ct);
        degraded.Status.ShouldBe(HealthStatus.Degraded);
        degraded.Description.ShouldBe($"Job {job.Name} failed 3 times in a row (last: InvalidOperationException).");

        job.Failing = false;
        await runner.RunOnceAsync(job, ct);
        (await health.CheckHealthAsync(new HealthCheckContext(), ct)).Status.ShouldBe(HealthStatus.Healthy);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_job_that_has_not_succeeded_for_three_intervals_makes_it_degraded(string provider)
    {
        var app = await apps.GetAsync(provider);
        var clock = new FakeTimeProvider(Start);
        var job = new TestJob(TimeSpan.FromMinutes(5));
        using var runner = ScheduledJobRunnerTests.Runner(app, clock, job);
        var health = HealthCheck(app, clock, job);
        var ct = TestContext.Current.CancellationToken;

        (await runner.RunOnceAsync(job, ct)).ShouldBe(JobRunOutcome.Succeeded);
        clock.Advance(job.Interval * ScheduledJobsHealthCheck.MissedIntervals);
        (await health.CheckHealthAsync(new HealthCheckContext(), ct)).Status.ShouldBe(HealthStatus.Healthy, "three intervals are not over yet");

        clock.Advance(TimeSpan.FromSeconds(1));
        var late = await health.CheckHealthAsync(new HealthCheckContext(), ct);
        late.Status.ShouldBe(HealthStatus.Degraded);
        late.Description.ShouldBe($"Job {job.Name} has not succeeded since 2026-12-01 02:00:00 UTC (3 intervals).");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_ready_checks_report_the_apps_own_jobs(string provider)
    {
        var app = await apps.GetAsync(provider);

        var report = await app.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(r => r.Tags.Contains("ready"), TestContext.Current.CancellationToken);

        var jobs = report.Entries["jobs"];
        jobs.Status.ShouldBe(HealthStatus.Healthy);
        var registered = app.Services.GetServices<IScheduledJob>().Count();
        registered.ShouldBeGreaterThanOrEqualTo(2, "audit checkpoints and the staged-upload cleanup");
        jobs.Description.ShouldBe($"{registered} scheduled job(s) on time.");
    }

    private static ScheduledJobsHealthCheck HealthCheck(SealGuardApp app, TimeProvider clock, TestJob job) =>
        new([job], app.Services.GetRequiredService<IServiceScopeFactory>(), clock);
}
