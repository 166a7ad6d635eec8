using SealGuard.Core.Filings;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Imaging;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Seals;

public sealed record ImprintView(int WidthPx, int HeightPx, double? Dpi, string Sha256, string Format);

/// <summary>印模 upload after engraving; a new upload before delivery replaces the previous one. A refused upload stores no blob.</summary>
public sealed class UploadImprintHandler(UnitOfWork unitOfWork, SealLoader seals, ImageUploads uploads, AuditTrail audit, TimeProvider clock)
{
    public async Task<Outcome<ImprintView>> HandleAsync(Actor actor, string sealCode, string? fileName, byte[] content, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.FileSeals))
        {
            return Failure.Forbidden();
        }

        var checkedImage = await uploads.CheckAsync("file", fileName, content, cancellationToken);
        if (checkedImage.Value is not { } candidate)
        {
            return checkedImage.Failure!;
        }

        return await unitOfWork.ExecuteAsync<ImprintView>(async ct =>
        {
            var loaded = await seals.LoadAsync(actor, sealCode, ct);
            if (loaded.Value is not { } seal)
            {
                return loaded.Failure!;
            }

            // Refused before the image is stored, so a refused upload leaves no blob.
            if (seal.Refusal(SealStep.UploadImprint) is { } refused)
            {
                return Failure.Rule(refused);
            }

            var upload = await uploads.StoreAsync(candidate, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var image = upload.Image;
            var imprint = new Imprint(upload.OriginalSha256, upload.NormalizedSha256, upload.ThumbnailSha256, image.Format.ToString(), upload.ByteSize,
                image.WidthPx, image.HeightPx, image.DpiX, image.DpiY, now);
            if (seal.AttachImprint(imprint, actor.ToEventActor(), now) is { } violation)
            {
                return Failure.Rule(violation);
            }

            audit.Record(actor, "Seal.ImprintUploaded", "Seal", seal.SealCode, detail: upload.OriginalSha256, division: seal.DivisionCode);
            return new ImprintView(image.WidthPx, image.HeightPx, image.DpiX, upload.OriginalSha256, image.Format.ToString());
        }, cancellationToken);
    }
}
