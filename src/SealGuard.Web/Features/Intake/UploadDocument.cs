using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Filings;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Imaging;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Intake;

public sealed record DocumentView(long Id, DocumentKind Kind, string FileName, string Format, string Sha256, int WidthPx, int HeightPx, DateTime UploadedAt)
{
    public static DocumentView From(FilingDocument d) => new(d.Id, d.Kind, d.FileName, d.Format, d.Sha256, d.WidthPx, d.HeightPx, d.UploadedAt);
}

/// <summary>Attaches a scanned document (business licence, power of attorney, newspaper notice…) to a filing of the shop; a refused upload stores no blob.</summary>
public sealed class UploadDocumentHandler(SealGuardDbContext db, UnitOfWork unitOfWork, ImageUploads uploads, AuditTrail audit, TimeProvider clock)
{
    public async Task<Outcome<DocumentView>> HandleAsync(Actor actor, long filingId, string? kind, string? fileName, byte[] content, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.FileSeals))
        {
            return Failure.Forbidden();
        }

        var checkedDocument = await uploads.CheckDocumentAsync(kind, fileName, content, cancellationToken);
        if (checkedDocument.Value is not (var documentKind, var candidate))
        {
            return checkedDocument.Failure!;
        }

        return await unitOfWork.ExecuteAsync<DocumentView>(async ct =>
        {
            var filing = await db.Filings.Include(f => f.Documents).SingleOrDefaultAsync(f => f.Id == filingId && f.ShopId == actor.ShopId, ct);
            if (filing is null)
            {
                return Failure.NotFound("Filing.NotFound");
            }

            var upload = await uploads.StoreAsync(candidate, ct);
            var document = filing.AttachDocument(documentKind, upload.FileName, upload.Image.Format.ToString(), upload.OriginalSha256, upload.NormalizedSha256,
                upload.ByteSize, upload.Image.WidthPx, upload.Image.HeightPx, actor.ToEventActor(), clock.GetUtcNow().UtcDateTime);
            audit.Record(actor, "Filing.DocumentAttached", "Filing", filing.Id.ToString(CultureInfo.InvariantCulture), detail: $"{documentKind}:{upload.OriginalSha256}",
                division: await AuditScope.OfFilingAsync(db, filing.Id, ct));
            await db.SaveChangesAsync(ct);
            return DocumentView.From(document);
        }, cancellationToken);
    }
}
