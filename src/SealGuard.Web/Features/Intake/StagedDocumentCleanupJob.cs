using Microsoft.EntityFrameworkCore;
using SealGuard.Web.Data;
using SealGuard.Web.Infrastructure.Jobs;

namespace SealGuard.Web.Features.Intake;

/// <summary>
/// Forgets staged uploads past their <see cref="StagedDocument.Lifetime"/> that no intake used. The blobs stay: the store
/// is content-addressed and keeps no reference count, so the same bytes may belong to a filing.
/// </summary>
public sealed class StagedDocumentCleanupJob(TimeProvider clock) : IScheduledJob
{
    public string Name => "staged-documents";

    public TimeSpan Interval => TimeSpan.FromHours(1);

    public bool RunsAtStart => true;

    public async Task RunAsync(IServiceProvider scope, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await scope.GetRequiredService<SealGuardDbContext>().StagedDocuments.Where(d => d.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
    }
}
