using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Filings;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Identity;

namespace SealGuard.Web.Features.Intake;

/// <summary>A staged upload taken for a filing: what the filing's document records.</summary>
public sealed record ClaimedDocument(DocumentKind Kind, string FileName, string Format, string Sha256, string NormalizedSha256, long ByteSize, int WidthPx, int HeightPx);

/// <summary>
/// Takes the actor's staged uploads for a filing other than a new intake (a resubmission after a return): all or none,
/// and each only once, so of two requests naming one upload the second finds it gone.
/// </summary>
public sealed class ClaimStagedDocumentsHandler(SealGuardDbContext db)
{
    /// <summary>The claimed documents, or null when one of <paramref name="ids"/> is not the actor's usable upload. Runs inside the caller's unit of work.</summary>
    public async Task<IReadOnlyList<ClaimedDocument>?> ClaimAsync(Actor actor, IReadOnlyCollection<long> ids, DateTime now, CancellationToken cancellationToken)
    {
        var documents = await db.StagedDocuments.AsNoTracking().UsableBy(actor, ids, now)
            .Select(d => new ClaimedDocument(d.Kind, d.FileName, d.Format, d.Sha256, d.NormalizedSha256, d.ByteSize, d.WidthPx, d.HeightPx))
            .ToListAsync(cancellationToken);
        return documents.Count != ids.Count || await db.StagedDocuments.UsableBy(actor, ids, now).ExecuteDeleteAsync(cancellationToken) != ids.Count
            ? null
            : documents;
    }
}
