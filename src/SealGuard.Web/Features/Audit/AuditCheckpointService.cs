using Microsoft.Extensions.Options;
using SealGuard.Web.Data;
using SealGuard.Web.Hosting;

namespace SealGuard.Web.Features.Audit;

/// <summary>
/// Writes a checkpoint when the host starts and then every <c>SealGuard:Audit:CheckpointMinutes</c> while new
/// entries exist, so at most that much of the log's tail can vanish unnoticed. A failure is logged and retried at the
/// next tick: the log itself is not affected by a missing checkpoint.
/// </summary>
public sealed partial class AuditCheckpointService(
    IServiceScopeFactory scopes,
    AuditCheckpoints checkpoints,
    TimeProvider clock,
    IOptions<SealGuardOptions> options,
    ILogger<AuditCheckpointService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = options.Value.Audit.CheckpointMinutes;
        if (minutes <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(minutes), clock);
        try
        {
            await WriteAsync(stoppingToken);
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await WriteAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task WriteAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<SealGuardDbContext>();
            if (await checkpoints.WriteAsync(db, clock.GetUtcNow().UtcDateTime, cancellationToken) is { } written)
            {
                LogWritten(written.LastId);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogFailed(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Audit checkpoint written at entry {LastId}")]
    private partial void LogWritten(long lastId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Writing the audit checkpoint failed; retrying at the next interval")]
    private partial void LogFailed(Exception exception);
}
