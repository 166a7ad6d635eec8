using SealGuard.Core.Filings;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Imaging;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Seals;

/// <summary>A clerk's warning that does not refuse the request (<c>code</c> stable, <c>message</c> zh-CN).</summary>
public sealed record WarningView(string Code, string Message);

/// <summary>The stored imprint; <c>SizeWarning</c> is set when its physical size does not match the seal's spec, or its DPI is unknown (<see cref="ImprintSizeRule"/>).</summary>
public sealed record ImprintView(string SealCode, int WidthPx, int HeightPx, double? Dpi, string Sha256, string Format, WarningView? SizeWarning);

/// <summary>
/// 印模 upload after engraving; a new upload before delivery, or while the seal's filing is returned (a correction), replaces
/// the previous one. A refused upload stores no blob.
/// </summary>
public sealed class UploadImprintHandler(UnitOfWork unitOfWork, SealLoader seals, ImageUploads uploads, AuditTrail audit, TimeProvider clock)
{
    public async Task<Outcome<ImprintView>> HandleAsync(Actor actor, string sealCode, string? fileName, byte[] content, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.FileSeals))
        {
            return Failure.Forbidden();
        }

        var checkedImage = await CheckAsync("file", fileName, content, cancellationToken);
        if (checkedImage.Value is not { } candidate)
        {
            return checkedImage.Failure!;
        }

        return await unitOfWork.ExecuteAsync<ImprintView>(async ct =>
        {
            var loaded = await seals.LoadAsync(actor, sealCode, ct);
            return loaded.Value is { } seal ? await ApplyAsync(actor, seal, candidate, ct) : loaded.Failure!;
        }, cancellationToken);
    }

    /// <summary>Decodes and checks one image, storing nothing (<see cref="ImageUploads.CheckAsync"/>).</summary>
    internal Task<Outcome<CheckedImage>> CheckAsync(string field, string? fileName, byte[] content, CancellationToken cancellationToken) =>
        uploads.CheckAsync(field, fileName, content, cancellationToken);

    /// <summary>Attaches a checked image to one loaded seal inside the caller's unit of work, with its event and audit entry.</summary>
    internal async Task<Outcome<ImprintView>> ApplyAsync(Actor actor, Seal seal, CheckedImage candidate, CancellationToken cancellationToken)
    {
        // Refused before the image is stored, so a refused upload leaves no blob.
        if (seal.ImprintRefusal() is { } refused)
        {
            return Failure.Rule(refused);
        }

        var upload = await uploads.StoreAsync(candidate, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var image = upload.Image;
        var imprint = new Imprint(upload.OriginalSha256, upload.NormalizedSha256, upload.ThumbnailSha256, image.Format.ToString(), upload.ByteSize,
            image.WidthPx, image.HeightPx, image.DpiX, image.DpiY, now);
        if (seal.AttachImprint(imprint, actor.ToEventActor(), now) is { } violation)
        {
            return Failure.Rule(violation);
        }

        audit.Record(actor, "Seal.ImprintUploaded", "Seal", seal.SealCode, detail: upload.OriginalSha256, division: seal.DivisionCode);
        return new ImprintView(seal.SealCode, image.WidthPx, image.HeightPx, image.DpiX, upload.OriginalSha256, image.Format.ToString(), SizeWarning(seal.Spec, imprint));
    }

    /// <summary>The size warning of an imprint against the seal's spec (<see cref="ImprintSizeRule"/>), as the clerk sees it.</summary>
    public static WarningView? SizeWarning(string? spec, Imprint imprint) =>
        ImprintSizeRule.Check(spec, imprint.WidthPx, imprint.HeightPx, imprint.DpiX, imprint.DpiY) is { } warning ? new WarningView(warning.Code, warning.Message) : null;
}
