namespace SealGuard.Web.Infrastructure.Jobs;

/// <summary>
/// Work that runs every <see cref="Interval"/> on exactly one instance of those sharing the database
/// (<see cref="ScheduledJobRunner"/>). Registered as a singleton with <see cref="ScheduledJobsRegistration.AddScheduledJob{TJob}"/>;
/// what a run needs per unit of work (the DbContext, handlers) comes from the fresh scope it is given.
/// </summary>
public interface IScheduledJob
{
    /// <summary>Stable, short, lower-case name: the key of the job's lease row and what the health check reports.</summary>
    string Name { get; }

    /// <summary>Time between runs; zero or less switches the job off.</summary>
    TimeSpan Interval { get; }

    /// <summary>Also run when the runner starts, not only after the first interval.</summary>
    bool RunsAtStart => false;

    /// <summary>One run. An exception counts as a failure of the job; the next interval runs it again.</summary>
    Task RunAsync(IServiceProvider scope, CancellationToken cancellationToken);
}
