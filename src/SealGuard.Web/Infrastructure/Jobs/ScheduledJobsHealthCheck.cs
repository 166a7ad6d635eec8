using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SealGuard.Web.Data;

namespace SealGuard.Web.Infrastructure.Jobs;

/// <summary>
/// Degraded, naming the job, when a scheduled job has failed <see cref="FailuresInARow"/> times in a row or has not
/// succeeded for <see cref="MissedIntervals"/> intervals (on any instance: the lease rows are shared). Degraded, not
/// Unhealthy: the instance still serves requests, and taking every instance out of rotation over a late job would be an
/// outage; monitoring reads the state from <c>/health/ready</c>'s body.
/// </summary>
public sealed class ScheduledJobsHealthCheck(IEnumerable<IScheduledJob> jobs, IServiceScopeFactory scopes, TimeProvider clock) : IHealthCheck
{
    public const int FailuresInARow = 3;
    public const int MissedIntervals = 3;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var scheduled = jobs.Where(j => j.Interval > TimeSpan.Zero).ToList();
        if (scheduled.Count == 0)
        {
            return HealthCheckResult.Healthy("No job is scheduled.");
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SealGuardDbContext>();
        var names = scheduled.Select(j => j.Name).ToList();
        var leases = await db.Set<JobLease>().AsNoTracking().Where(l => names.Contains(l.JobName)).ToDictionaryAsync(l => l.JobName, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var problems = scheduled.Select(j => Problem(j, leases.GetValueOrDefault(j.Name), now)).OfType<string>().ToList();
        return problems.Count == 0
            ? HealthCheckResult.Healthy($"{scheduled.Count} scheduled job(s) on time.")
            : HealthCheckResult.Degraded(string.Join(" ", problems));
    }

    private static string? Problem(IScheduledJob job, JobLease? lease, DateTime now)
    {
        if (lease is null)
        {
            // No instance has come to the job yet (its first interval is not over).
            return null;
        }

        if (lease.ConsecutiveFailures >= FailuresInARow)
        {
            return $"Job {job.Name} failed {lease.ConsecutiveFailures} times in a row (last: {lease.LastError}).";
        }

        var since = lease.LastSucceededAt ?? lease.RegisteredAt;
        return now - since > job.Interval * MissedIntervals
            ? $"Job {job.Name} has not succeeded since {since:yyyy-MM-dd HH:mm:ss} UTC ({MissedIntervals} intervals)."
            : null;
    }
}
