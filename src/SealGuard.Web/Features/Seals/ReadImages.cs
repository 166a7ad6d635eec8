using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Codes;
using SealGuard.Core.Filings;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.PersonalData;
using SealGuard.Web.Infrastructure.Blobs;
using SealGuard.Web.Infrastructure.Imaging;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Seals;

public enum ImprintRendition
{
    Original = 1,
    Normalized = 2,
    Thumbnail = 3,
}

/// <summary>
/// Serves imprint and document images to users who may see the seal. A document that carries personal data (an
/// ID-card copy, see <see cref="DocumentKinds.CarriesPersonalData"/>) is opened like an ID number is revealed: by
/// police, with a purpose, and audited as <c>PersonalData.DocumentViewed</c>; it has no thumbnail anywhere.
/// </summary>
public sealed class ReadImagesHandler(SealGuardDbContext db, UnitOfWork unitOfWork, AuditTrail audit, IBlobStore blobs)
{
    public async Task<Outcome<ImageContent>> ImprintAsync(Actor actor, string sealCode, string? rendition, CancellationToken cancellationToken)
    {
        if (!SealCode.TryParse(sealCode, out var code, out var error))
        {
            return Failure.Validation("sealCode", error!);
        }

        if (!EnumName.TryParse<ImprintRendition>(rendition, out var parsedRendition))
        {
            return Failure.Validation("rendition", new CodeError("Imprint.InvalidRendition", Messages.Get("Imprint.InvalidRendition")));
        }

        var imprint = await db.Seals.AsNoTracking().VisibleTo(actor)
            .Where(s => s.SealCode == code.Value && s.Imprint != null)
            .Select(s => new { s.Imprint!.OriginalSha256, s.Imprint.NormalizedSha256, s.Imprint.ThumbnailSha256, s.Imprint.Format })
            .SingleOrDefaultAsync(cancellationToken);
        if (imprint is null)
        {
            return Failure.NotFound("Seal.NotFound");
        }

        var (sha, contentType) = parsedRendition switch
        {
            ImprintRendition.Original => (imprint.OriginalSha256, ContentTypeOf(imprint.Format)),
            ImprintRendition.Thumbnail => (imprint.ThumbnailSha256, "image/png"),
            _ => (imprint.NormalizedSha256, "image/png"),
        };
        return await OpenAsync(sha, contentType, cancellationToken);
    }

    public async Task<Outcome<ImageContent>> DocumentAsync(Actor actor, long filingId, long documentId, string? purpose, CancellationToken cancellationToken)
    {
        return await unitOfWork.ExecuteAsync(async ct =>
        {
            // A filing is visible when one of its seals is.
            var visible = await db.Seals.AsNoTracking().VisibleTo(actor).AnyAsync(s => s.FilingId == filingId, ct);
            var document = visible
                ? await db.FilingDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId && d.FilingId == filingId, ct)
                : null;
            if (document is null)
            {
                return Failure.NotFound("Filing.NotFound");
            }

            if (document.Kind.CarriesPersonalData())
            {
                if (!actor.Can(Capability.RevealPersonalData))
                {
                    return Failure.Forbidden("PersonalData.RevealForbidden");
                }

                if (RevealPurpose.Normalize(purpose) is not { } trimmedPurpose)
                {
                    return RevealPurpose.Required();
                }

                audit.Record(actor, "PersonalData.DocumentViewed", "Filing", filingId.ToString(CultureInfo.InvariantCulture), trimmedPurpose, $"{document.Kind}:{document.Id}",
                    division: await AuditScope.OfFilingAsync(db, filingId, ct));
            }

            return await OpenAsync(document.NormalizedSha256, "image/png", ct);
        }, cancellationToken);
    }

    private async Task<Outcome<ImageContent>> OpenAsync(string sha256, string contentType, CancellationToken cancellationToken) =>
        await blobs.OpenReadAsync(sha256, cancellationToken) is { } stream
            ? new ImageContent(stream, contentType)
            : Failure.NotFound("Blob.NotFound");

    private static string ContentTypeOf(string format) => format switch
    {
        "Jpeg" => "image/jpeg",
        "Bmp" => "image/bmp",
        "Tiff" => "image/tiff",
        _ => "image/png",
    };
}
