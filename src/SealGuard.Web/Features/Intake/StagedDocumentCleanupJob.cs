using Microsoft.EntityFrameworkCore;
using SealGuard.Web.Data;
using SealGuard.Web.Infrastructure.Blobs;
using SealGuard.Web.Infrastructure.Jobs;

namespace SealGuard.Web.Features.Intake;

/// <summary>
/// Forgets staged uploads past their <see cref="StagedDocument.Lifetime"/> that no intake used, and deletes their blobs
/// that nothing refers to any more (<see cref="UnreferencedBlobs"/>).
/// </summary>
public sealed class StagedDocumentCleanupJob(TimeProvider clock) : IScheduledJob
{
    /// <summary>Expired uploads forgotten per round, so one round's queries stay small.</summary>
    private const int Batch = 500;

    public string Name => "staged-documents";

    public TimeSpan Interval => TimeSpan.FromHours(1);

    public bool RunsAtStart => true;

    public async Task RunAsync(IServiceProvider scope, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var db = scope.GetRequiredService<SealGuardDbContext>();
        var unreferenced = scope.GetRequiredService<UnreferencedBlobs>();
        while (true)
        {
            var expired = await db.StagedDocuments.AsNoTracking().Where(d => d.ExpiresAt <= now).OrderBy(d => d.Id).Take(Batch)
                .Select(d => new { d.Id, d.Sha256, d.NormalizedSha256, d.ThumbnailSha256 })
                .ToListAsync(cancellationToken);
            if (expired.Count == 0)
            {
                return;
            }

            // The rows named, not "all expired": a row expiring meanwhile is left, with its blobs, to the next round.
            var ids = expired.Select(d => d.Id).ToList();
            await db.StagedDocuments.Where(d => ids.Contains(d.Id)).ExecuteDeleteAsync(cancellationToken);
            await unreferenced.DeleteAsync(expired.SelectMany(d => new[] { d.Sha256, d.NormalizedSha256, d.ThumbnailSha256 }), cancellationToken);
        }
    }
}
