using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Codes;
using SealGuard.Core.Filings;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Blobs;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Intake;

/// <summary>A staged upload taken for a filing: what the filing's document records.</summary>
public sealed record ClaimedDocument(DocumentKind Kind, string FileName, string Format, string Sha256, string NormalizedSha256, long ByteSize, int WidthPx, int HeightPx);

/// <summary>
/// Takes the actor's staged uploads for a filing (a new intake, a resubmission after a return): all or none, and each
/// only once, so of two requests naming one upload the second finds it gone. The filing keeps the original and the
/// normalized image; the staged thumbnail is deleted once the claim has committed, unless something else refers to it.
/// </summary>
public sealed partial class ClaimStagedDocumentsHandler(SealGuardDbContext db, UnitOfWork unitOfWork, UnreferencedBlobs blobs, ILogger<ClaimStagedDocumentsHandler> logger)
{
    /// <summary>The error key of the staged documents a filing names.</summary>
    public const string DocumentIdsField = "documentIds";

    /// <summary>The refusal when <see cref="ClaimAsync"/> finds one of the named uploads gone (used, expired, another user's).</summary>
    public static Failure NotFound() => Failure.Validation(DocumentIdsField, new CodeError("Document.StagedNotFound", Messages.Get("Document.StagedNotFound")));

    /// <summary>The claimed documents, or null when one of <paramref name="ids"/> is not the actor's usable upload. Runs inside the caller's unit of work.</summary>
    public async Task<IReadOnlyList<ClaimedDocument>?> ClaimAsync(Actor actor, IReadOnlyCollection<long> ids, DateTime now, CancellationToken cancellationToken)
    {
        var documents = await db.StagedDocuments.AsNoTracking().UsableBy(actor, ids, now)
            .Select(d => new { Claimed = new ClaimedDocument(d.Kind, d.FileName, d.Format, d.Sha256, d.NormalizedSha256, d.ByteSize, d.WidthPx, d.HeightPx), d.ThumbnailSha256 })
            .ToListAsync(cancellationToken);
        if (documents.Count != ids.Count || await db.StagedDocuments.UsableBy(actor, ids, now).ExecuteDeleteAsync(cancellationToken) != ids.Count)
        {
            return null;
        }

        var thumbnails = documents.Select(d => d.ThumbnailSha256).ToList();
        if (thumbnails.Count > 0)
        {
            unitOfWork.AfterCommit(ct => DeleteThumbnailsAsync(thumbnails, ct));
        }

        return [.. documents.Select(d => d.Claimed)];
    }

    // The filing is committed whatever happens here: a thumbnail not deleted (store or database busy) stays behind, harmless.
    private async Task DeleteThumbnailsAsync(List<string> thumbnails, CancellationToken cancellationToken)
    {
        try
        {
            await blobs.DeleteAsync(thumbnails, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Data.Common.DbException or Amazon.Runtime.AmazonServiceException or HttpRequestException)
        {
            LogThumbnailsLeft(exception, thumbnails.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} claimed staged thumbnail(s) could not be deleted from the blob store")]
    private partial void LogThumbnailsLeft(Exception exception, int count);
}
