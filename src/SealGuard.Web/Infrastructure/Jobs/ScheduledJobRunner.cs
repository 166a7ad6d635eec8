using SealGuard.Web.Data;

namespace SealGuard.Web.Infrastructure.Jobs;

/// <summary>What one tick of a job came to on this instance.</summary>
public enum JobRunOutcome
{
    /// <summary>Another instance holds the job's lease for this interval.</summary>
    Skipped,
    Succeeded,
    Failed,
}

/// <summary>
/// Runs every <see cref="IScheduledJob"/> on its own <see cref="PeriodicTimer"/> (on the injected
/// <see cref="TimeProvider"/>), each run in a fresh scope and only when this instance takes the job's lease, so instances
/// sharing a database run each interval once between them. A failure is logged and counted in the lease row, and the
/// next interval runs the job again; only shutdown ends the loop.
/// </summary>
public sealed partial class ScheduledJobRunner(
    IEnumerable<IScheduledJob> jobs,
    IServiceScopeFactory scopes,
    TimeProvider clock,
    ILogger<ScheduledJobRunner> logger) : BackgroundService
{
    private readonly IReadOnlyList<IScheduledJob> _jobs = jobs.ToList();

    /// <summary>This instance in the lease rows: host and process for the operator, a random part so two runners never share one.</summary>
    public string HolderId { get; } = NewHolderId();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var off in _jobs.Where(j => j.Interval <= TimeSpan.Zero))
        {
            LogOff(off.Name);
        }

        await Task.WhenAll(_jobs.Where(j => j.Interval > TimeSpan.Zero).Select(j => ScheduleAsync(j, stoppingToken)));
    }

    /// <summary>
    /// One tick: takes the lease, runs the job in its own scope and records the outcome in the lease row. Never throws but
    /// for cancellation: an exception of the job is its failure, and one of the lease table is logged (the database may be
    /// down; nothing can be recorded then, and the health check sees the job fall behind).
    /// </summary>
    public async Task<JobRunOutcome> RunOnceAsync(IScheduledJob job, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SealGuardDbContext>();
            if (!await JobLeases.TryTakeAsync(db, job.Name, HolderId, clock.GetUtcNow().UtcDateTime, job.Interval, cancellationToken))
            {
                LogHeldElsewhere(job.Name);
                return JobRunOutcome.Skipped;
            }

            var failure = await RunInOwnScopeAsync(job, cancellationToken);
            var at = clock.GetUtcNow().UtcDateTime;
            if (failure is null)
            {
                await JobLeases.RecordSuccessAsync(db, job.Name, at, cancellationToken);
                LogSucceeded(job.Name);
                return JobRunOutcome.Succeeded;
            }

            LogJobFailed(failure, job.Name);
            await JobLeases.RecordFailureAsync(db, job.Name, at, Describe(failure), cancellationToken);
            return JobRunOutcome.Failed;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            LogLeaseFailed(exception, job.Name);
            return JobRunOutcome.Failed;
        }
    }

    /// <summary>The exception types only (outer and innermost): short, and free of the personal data a message may quote.</summary>
    internal static string Describe(Exception exception)
    {
        var inner = exception.GetBaseException();
        var text = inner == exception ? exception.GetType().Name : $"{exception.GetType().Name} ({inner.GetType().Name})";
        return text.Length <= JobLease.MaxErrorLength ? text : text[..JobLease.MaxErrorLength];
    }

    private static string NewHolderId()
    {
        var id = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        return id.Length <= JobLease.MaxHolderLength ? id : id[^JobLease.MaxHolderLength..];
    }

    private async Task ScheduleAsync(IScheduledJob job, CancellationToken stoppingToken)
    {
        // The timer first: a long run at start does not shift the ticks after it.
        using var timer = new PeriodicTimer(job.Interval, clock);
        try
        {
            if (job.RunsAtStart)
            {
                await RunOnceAsync(job, stoppingToken);
            }

            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RunOnceAsync(job, stoppingToken);
            }
        }
        catch (Exception) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping; whatever a run was doing is cut short with it.
        }
    }

    private async Task<Exception?> RunInOwnScopeAsync(IScheduledJob job, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await job.RunAsync(scope.ServiceProvider, cancellationToken);
            return null;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            return exception;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled job {Job} is switched off (interval zero)")]
    private partial void LogOff(string job);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Scheduled job {Job}: another instance holds this interval")]
    private partial void LogHeldElsewhere(string job);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Scheduled job {Job} succeeded")]
    private partial void LogSucceeded(string job);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled job {Job} failed; it runs again at the next interval")]
    private partial void LogJobFailed(Exception exception, string job);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled job {Job}: the lease table could not be read or written; trying again at the next interval")]
    private partial void LogLeaseFailed(Exception exception, string job);
}
