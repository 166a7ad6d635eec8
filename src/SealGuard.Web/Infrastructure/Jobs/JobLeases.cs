using Microsoft.EntityFrameworkCore;
using SealGuard.Web.Data;

namespace SealGuard.Web.Infrastructure.Jobs;

/// <summary>
/// The statements on <c>job_leases</c>, the same on SQLite and PostgreSQL. They run outside the unit of work: a lease
/// row is scheduling state of the instances, not a record the audit trail or the change participants are about.
/// </summary>
internal static class JobLeases
{
    /// <summary>
    /// Takes the job's lease for one interval from <paramref name="now"/>: true for exactly one of the instances asking
    /// for the same interval. The holder may take it again before it runs out (its next tick may come a little early);
    /// another instance only once it has. The conditional UPDATE is one statement, so on PostgreSQL a second instance
    /// waits for the first one's row lock and then sees the new lease; SQLite runs one writer at a time.
    /// </summary>
    public static async Task<bool> TryTakeAsync(SealGuardDbContext db, string job, string holder, DateTime now, TimeSpan interval, CancellationToken cancellationToken)
    {
        // The first instance creates the row; the others find it (ON CONFLICT … DO NOTHING reads the same on both providers).
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO job_leases (job_name, registered_at, consecutive_failures) VALUES ({job}, {now}, 0) ON CONFLICT (job_name) DO NOTHING",
            cancellationToken);
        var until = now + interval;
        var taken = await db.Set<JobLease>()
            .Where(l => l.JobName == job && (l.HolderId == holder || l.LeaseUntil == null || l.LeaseUntil <= now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.HolderId, holder).SetProperty(l => l.LeaseUntil, until).SetProperty(l => l.LastStartedAt, now), cancellationToken);
        return taken == 1;
    }

    public static Task RecordSuccessAsync(SealGuardDbContext db, string job, DateTime at, CancellationToken cancellationToken) =>
        db.Set<JobLease>().Where(l => l.JobName == job)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.LastSucceededAt, at).SetProperty(l => l.ConsecutiveFailures, 0).SetProperty(l => l.LastError, (string?)null), cancellationToken);

    public static Task RecordFailureAsync(SealGuardDbContext db, string job, DateTime at, string error, CancellationToken cancellationToken) =>
        db.Set<JobLease>().Where(l => l.JobName == job)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.LastFailedAt, at).SetProperty(l => l.ConsecutiveFailures, l => l.ConsecutiveFailures + 1).SetProperty(l => l.LastError, error), cancellationToken);
}
