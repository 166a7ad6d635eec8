using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Filings;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Blobs;
using SealGuard.Web.Infrastructure.Imaging;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Intake;

public sealed record StagedDocumentView(long Id, DocumentKind Kind, string FileName, long ByteSize, int WidthPx, int HeightPx, DateTime ExpiresAt)
{
    public static StagedDocumentView From(StagedDocument d) => new(d.Id, d.Kind, d.FileName, d.ByteSize, d.WidthPx, d.HeightPx, d.ExpiresAt);
}

/// <summary>
/// Uploads of the intake wizard before the filing exists: each file is checked (the hostile-upload checks of every
/// image), stored, and kept for the uploading shop and user until the intake refers to it or it expires. Nobody else
/// can see, remove or use it.
/// </summary>
public sealed class StageDocumentHandler(SealGuardDbContext db, UnitOfWork unitOfWork, ImageUploads uploads, IBlobStore blobs, TimeProvider clock)
{
    public async Task<Outcome<StagedDocumentView>> HandleAsync(Actor actor, string? kind, string? fileName, byte[] content, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.FileSeals) || actor.ShopId is not { } shopId)
        {
            return Failure.Forbidden();
        }

        var checkedDocument = await uploads.CheckDocumentAsync(kind, fileName, content, cancellationToken);
        if (checkedDocument.Value is not (var documentKind, var candidate))
        {
            return checkedDocument.Failure!;
        }

        return await unitOfWork.ExecuteAsync<StagedDocumentView>(async ct =>
        {
            var upload = await uploads.StoreAsync(candidate, ct);
            var staged = new StagedDocument(shopId, actor.UserId, documentKind, upload.FileName, upload.Image.Format.ToString(), upload.OriginalSha256, upload.NormalizedSha256,
                upload.ThumbnailSha256, upload.ByteSize, upload.Image.WidthPx, upload.Image.HeightPx, clock.GetUtcNow().UtcDateTime);
            db.StagedDocuments.Add(staged);
            await db.SaveChangesAsync(ct);
            return StagedDocumentView.From(staged);
        }, cancellationToken);
    }

    /// <summary>Those of <paramref name="ids"/> the actor may still use, in the order asked; the others are left out.</summary>
    public async Task<IReadOnlyList<StagedDocumentView>> ListAsync(Actor actor, IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        var found = await Usable(actor, ids).Select(d => new StagedDocumentView(d.Id, d.Kind, d.FileName, d.ByteSize, d.WidthPx, d.HeightPx, d.ExpiresAt)).ToListAsync(cancellationToken);
        return [.. ids.Distinct().Select(id => found.Find(d => d.Id == id)).OfType<StagedDocumentView>()];
    }

    /// <summary>The thumbnail (PNG) of one of the actor's staged documents.</summary>
    public async Task<Outcome<ImageContent>> ThumbnailAsync(Actor actor, long id, CancellationToken cancellationToken)
    {
        var sha256 = await Usable(actor, [id]).Select(d => d.ThumbnailSha256).SingleOrDefaultAsync(cancellationToken);
        return sha256 is not null && await blobs.OpenReadAsync(sha256, cancellationToken) is { } stream
            ? new ImageContent(stream, "image/png")
            : Failure.NotFound("Document.StagedNotFound");
    }

    /// <summary>Takes back one of the actor's staged documents (the 移除 button).</summary>
    public async Task<Outcome<bool>> RemoveAsync(Actor actor, long id, CancellationToken cancellationToken)
    {
        var removed = await db.StagedDocuments.OwnedBy(actor, [id]).ExecuteDeleteAsync(cancellationToken);
        return removed == 0 ? Failure.NotFound("Document.StagedNotFound") : true;
    }

    private IQueryable<StagedDocument> Usable(Actor actor, IReadOnlyCollection<long> ids) =>
        db.StagedDocuments.AsNoTracking().UsableBy(actor, ids, clock.GetUtcNow().UtcDateTime);
}

public static class StagedDocumentQueries
{
    /// <summary>The actor's own staged documents among <paramref name="ids"/>, expired or not: another shop's or user's id finds nothing.</summary>
    public static IQueryable<StagedDocument> OwnedBy(this IQueryable<StagedDocument> documents, Actor actor, IReadOnlyCollection<long> ids)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return documents.Where(d => ids.Contains(d.Id) && d.ShopId == actor.ShopId && d.UserId == actor.UserId);
    }

    /// <summary>Those of <see cref="OwnedBy"/> not yet expired at <paramref name="now"/>.</summary>
    public static IQueryable<StagedDocument> UsableBy(this IQueryable<StagedDocument> documents, Actor actor, IReadOnlyCollection<long> ids, DateTime now) =>
        documents.OwnedBy(actor, ids).Where(d => d.ExpiresAt > now);
}
