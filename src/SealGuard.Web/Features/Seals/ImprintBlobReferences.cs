using Microsoft.EntityFrameworkCore;
using SealGuard.Web.Data;
using SealGuard.Web.Infrastructure.Blobs;

namespace SealGuard.Web.Features.Seals;

/// <summary>The blobs of the seals' imprints (original, normalized, thumbnail): the same bytes may have been uploaded as a document.</summary>
public sealed class ImprintBlobReferences(SealGuardDbContext db) : IBlobReferences
{
    public async Task<IReadOnlyCollection<string>> InUseAsync(IReadOnlyCollection<string> candidates, CancellationToken cancellationToken)
    {
        var used = await db.Seals
            .Where(s => s.Imprint != null && (candidates.Contains(s.Imprint.OriginalSha256) || candidates.Contains(s.Imprint.NormalizedSha256) || candidates.Contains(s.Imprint.ThumbnailSha256)))
            .Select(s => new[] { s.Imprint!.OriginalSha256, s.Imprint.NormalizedSha256, s.Imprint.ThumbnailSha256 })
            .ToListAsync(cancellationToken);
        return used.SelectMany(ids => ids).Where(candidates.Contains).ToHashSet(StringComparer.Ordinal);
    }
}
