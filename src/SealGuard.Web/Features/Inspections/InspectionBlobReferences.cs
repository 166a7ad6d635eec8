using Microsoft.EntityFrameworkCore;
using SealGuard.Web.Data;
using SealGuard.Web.Infrastructure.Blobs;

namespace SealGuard.Web.Features.Inspections;

/// <summary>The blobs of inspection photos and of the shop's rectification photos (normalized, thumbnail): the same picture may have been uploaded as a document.</summary>
public sealed class InspectionBlobReferences(SealGuardDbContext db) : IBlobReferences
{
    public async Task<IReadOnlyCollection<string>> InUseAsync(IReadOnlyCollection<string> candidates, CancellationToken cancellationToken)
    {
        var photos = await db.Inspections.SelectMany(i => i.Photos)
            .Where(p => candidates.Contains(p.Sha256) || candidates.Contains(p.ThumbnailSha256))
            .Select(p => new[] { p.Sha256, p.ThumbnailSha256 })
            .ToListAsync(cancellationToken);
        var rectified = await db.Rectifications.SelectMany(r => r.Items)
            .Where(i => candidates.Contains(i.ShopPhotoSha256!) || candidates.Contains(i.ShopPhotoThumbnailSha256!))
            .Select(i => new[] { i.ShopPhotoSha256!, i.ShopPhotoThumbnailSha256! })
            .ToListAsync(cancellationToken);
        return photos.Concat(rectified).SelectMany(ids => ids).Where(candidates.Contains).ToHashSet(StringComparer.Ordinal);
    }
}
