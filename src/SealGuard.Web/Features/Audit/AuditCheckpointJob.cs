using Microsoft.Extensions.Options;
using SealGuard.Web.Data;
using SealGuard.Web.Hosting;
using SealGuard.Web.Infrastructure.Jobs;

namespace SealGuard.Web.Features.Audit;

/// <summary>
/// Writes a checkpoint when the host starts and then every <c>SealGuard:Audit:CheckpointMinutes</c> while new
/// entries exist, so at most that much of the log's tail can vanish unnoticed. A failure is retried at the next
/// interval (the runner logs and counts it): the log itself is not affected by a missing checkpoint.
/// </summary>
public sealed partial class AuditCheckpointJob(
    AuditCheckpoints checkpoints,
    TimeProvider clock,
    IOptions<SealGuardOptions> options,
    ILogger<AuditCheckpointJob> logger) : IScheduledJob
{
    public string Name => "audit-checkpoint";

    public TimeSpan Interval => TimeSpan.FromMinutes(options.Value.Audit.CheckpointMinutes);

    public bool RunsAtStart => true;

    public async Task RunAsync(IServiceProvider scope, CancellationToken cancellationToken)
    {
        var db = scope.GetRequiredService<SealGuardDbContext>();
        if (await checkpoints.WriteAsync(db, clock.GetUtcNow().UtcDateTime, cancellationToken) is { } written)
        {
            LogWritten(written.LastId);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Audit checkpoint written at entry {LastId}")]
    private partial void LogWritten(long lastId);
}
