namespace SealGuard.Web.Infrastructure.Jobs;

/// <summary>
/// One row per scheduled job, shared by every instance on the database: which instance holds the current interval
/// (<see cref="HolderId"/> until <see cref="LeaseUntil"/>), and how the job has been doing, for the health check.
/// Written only with set-based statements by <see cref="JobLeases"/>.
/// </summary>
public sealed class JobLease
{
    public const int MaxNameLength = 64;
    public const int MaxHolderLength = 100;
    public const int MaxErrorLength = 200;

    public required string JobName { get; init; }

    public string? HolderId { get; init; }

    public DateTime? LeaseUntil { get; init; }

    /// <summary>When an instance first scheduled the job: what "has not succeeded for a while" counts from before a first success.</summary>
    public DateTime RegisteredAt { get; init; }

    public DateTime? LastStartedAt { get; init; }

    public DateTime? LastSucceededAt { get; init; }

    public DateTime? LastFailedAt { get; init; }

    public int ConsecutiveFailures { get; init; }

    /// <summary>The exception types of the last failure, never its message (which may quote personal data); the log has the details.</summary>
    public string? LastError { get; init; }
}
