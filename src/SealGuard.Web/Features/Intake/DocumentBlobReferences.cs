using Microsoft.EntityFrameworkCore;
using SealGuard.Web.Data;
using SealGuard.Web.Infrastructure.Blobs;

namespace SealGuard.Web.Features.Intake;

/// <summary>The blobs of staged uploads (original, normalized, thumbnail) and of filed documents (original, normalized).</summary>
public sealed class DocumentBlobReferences(SealGuardDbContext db) : IBlobReferences
{
    public async Task<IReadOnlyCollection<string>> InUseAsync(IReadOnlyCollection<string> candidates, CancellationToken cancellationToken)
    {
        var staged = await db.StagedDocuments
            .Where(d => candidates.Contains(d.Sha256) || candidates.Contains(d.NormalizedSha256) || candidates.Contains(d.ThumbnailSha256))
            .Select(d => new[] { d.Sha256, d.NormalizedSha256, d.ThumbnailSha256 })
            .ToListAsync(cancellationToken);
        var filed = await db.FilingDocuments
            .Where(d => candidates.Contains(d.Sha256) || candidates.Contains(d.NormalizedSha256))
            .Select(d => new[] { d.Sha256, d.NormalizedSha256 })
            .ToListAsync(cancellationToken);
        return staged.Concat(filed).SelectMany(ids => ids).Where(candidates.Contains).ToHashSet(StringComparer.Ordinal);
    }
}
