using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SealGuard.Core;
using SealGuard.Core.Codes;
using SealGuard.Core.CodeTables;
using SealGuard.Core.Filings;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.CodeTables;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Intake;
using SealGuard.Web.Infrastructure.Blobs;
using SealGuard.Web.Infrastructure.Http;
using SealGuard.Web.Infrastructure.Outcomes;
using SealGuard.Web.Infrastructure.Pdf;
using SealGuard.Web.Pages;
using SkiaSharp;

namespace SealGuard.Web.Features.Seals;

/// <summary>
/// The 印鉴留存卡 as an A4 PDF (<see cref="A4Pdf"/>, the packaged Song font): the imprint at 1:1 physical size
/// (<see cref="ImprintSizeRule.PrintSize"/>), so a paper impression can be laid over it, with the seal's code,
/// organization, type, shop and dates, a QR code to its public verification and an internal-use footer naming the
/// printer. The same scope as the seal's page (police by jurisdiction, a shop its own seals); each print is audited.
/// </summary>
/// <remarks>The public address and the page strings come with the call: the CLI builds this module without them.</remarks>
public sealed class ImprintCardPdfHandler(SealGuardDbContext db, UnitOfWork unitOfWork, AuditTrail audit, IBlobStore blobs, CodeTableService codeTables, TimeProvider clock)
{
    public const string AuditAction = "Seal.ImprintCardPrinted";

    /// <summary>The widest imprint the card's imprint box holds at 1:1 (the largest specs are 58 mm).</summary>
    private const double MaxImprintMm = 80;

    public async Task<Outcome<PdfFile>> HandleAsync(Actor actor, string sealCode, PublicBaseUrl publicBaseUrl, IStringLocalizer<UiText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(publicBaseUrl);
        ArgumentNullException.ThrowIfNull(text);
        if (!actor.Can(Capability.ViewSeals))
        {
            return Failure.Forbidden();
        }

        if (!SealCode.TryParse(sealCode, out var code, out var codeError))
        {
            return Failure.Validation("sealCode", codeError!);
        }

        var seal = await db.Seals.AsNoTracking().VisibleTo(actor)
            .Where(s => s.SealCode == code.Value)
            .Select(s => new
            {
                s.SealCode,
                s.DivisionCode,
                s.OrganizationId,
                s.ShopId,
                s.Type,
                s.Shape,
                s.Spec,
                s.Material,
                s.Text,
                s.EngravedAt,
                s.DeliveredAt,
                s.Filing.FilingNumber,
                s.Imprint,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (seal is null)
        {
            return Failure.NotFound("Seal.NotFound");
        }

        if (seal.Imprint is not { } imprint)
        {
            return Failure.Rule("ImprintCard.NoImprint");
        }

        using var image = await ReadImageAsync(imprint.NormalizedSha256, cancellationToken);
        if (image is null)
        {
            return Failure.NotFound("Blob.NotFound");
        }

        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == seal.OrganizationId).Select(o => new { o.Name, o.CreditCode }).SingleAsync(cancellationToken);
        var shop = await db.Shops.AsNoTracking().Where(h => h.Id == seal.ShopId).Select(h => new { h.Name, h.ShopCode }).SingleAsync(cancellationToken);

        await unitOfWork.ExecuteAsync<bool>(_ =>
        {
            audit.Record(actor, AuditAction, "Seal", seal.SealCode, division: seal.DivisionCode);
            return Task.FromResult<Outcome<bool>>(true);
        }, cancellationToken);

        var names = await codeTables.LoadAsync([CodeTable.SealType, CodeTable.SealMaterial, CodeTable.SealShape, CodeTable.SealSpec], cancellationToken);
        string NameOf(CodeTable table, string? value) => value is null ? "—" : names.TryGetValue((table, value), out var entry) ? entry.Name : value;
        string Day(DateTime? at) => at is { } utc ? ChinaTime.FromUtc(utc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "—";

        var card = new ImprintCard(
            seal.SealCode, organization.Name, organization.CreditCode, NameOf(CodeTable.SealType, seal.Type), seal.Text,
            string.Join(" · ", NameOf(CodeTable.SealShape, seal.Shape), NameOf(CodeTable.SealSpec, seal.Spec), NameOf(CodeTable.SealMaterial, seal.Material)),
            shop.Name + "（" + shop.ShopCode + "）", Day(seal.EngravedAt), Day(seal.DeliveredAt), seal.FilingNumber,
            ImprintSizeRule.PrintSize(seal.Spec, seal.Shape, imprint.WidthPx, imprint.HeightPx, imprint.DpiX, imprint.DpiY, MaxImprintMm),
            imprint.DpiX, ImprintSizeRule.Check(seal.Spec, imprint.WidthPx, imprint.HeightPx, imprint.DpiX, imprint.DpiY)?.Message,
            publicBaseUrl.Verification(seal.SealCode, organization.Name));
        var content = ImprintCardLayout.Render(card, image, text, actor.PrintName, clock.GetUtcNow().UtcDateTime);
        return new PdfFile($"印鉴留存卡-{seal.SealCode}.pdf", content);
    }

    /// <summary>The normalized PNG (full size, lossless) of the imprint, or null when its blob is missing.</summary>
    private async Task<SKImage?> ReadImageAsync(string sha256, CancellationToken cancellationToken)
    {
        await using var stream = await blobs.OpenReadAsync(sha256, cancellationToken);
        if (stream is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        return SKImage.FromEncodedData(buffer.ToArray());
    }
}

/// <summary>What the card prints, already in words.</summary>
internal sealed record ImprintCard(
    string SealCode,
    string OrgName,
    string CreditCode,
    string TypeName,
    string Text,
    string Spec,
    string Shop,
    string EngravedOn,
    string DeliveredOn,
    string FilingNumber,
    ImprintPrintSize PrintSize,
    double? Dpi,
    string? SizeWarning,
    string VerificationUrl);

/// <summary>Lays the card out on one A4 page: heading, the seal's rows, the imprint box with the QR code beside it, the printing note, signatures.</summary>
internal static class ImprintCardLayout
{
    private const float QrSize = 86f;
    private const float FramePadding = 14f;
    private const string Stamp = "yyyy-MM-dd HH:mm";

    public static byte[] Render(ImprintCard card, SKImage image, IStringLocalizer<UiText> text, string printedBy, DateTime printedAtUtc)
    {
        var printedAt = ChinaTime.FromUtc(printedAtUtc).ToString(Stamp, CultureInfo.InvariantCulture);
        var metadata = new SKDocumentPdfMetadata
        {
            Title = text["ImprintCard.Heading"] + " " + card.SealCode,
            Creator = text["Product.Name"].Value,
            Producer = "SealGuard",
            Creation = printedAtUtc,
            Modified = printedAtUtc,
        };
        return A4Pdf.Render(metadata, page => text["ImprintCard.Footer", printedBy, printedAt, page], pen => Draw(pen, card, image, text));
    }

    private static void Draw(PdfPen pen, ImprintCard card, SKImage image, IStringLocalizer<UiText> text)
    {
        pen.Centered(text["ImprintCard.Heading"], 20f, bold: true);
        pen.Centered(text["Bureau.Name"], 10.5f, bold: false);
        pen.Space(10f);
        pen.Row(text["ImprintCard.SealCode"], card.SealCode, bold: true);
        pen.Row(text["ImprintCard.Organization"], card.OrgName);
        pen.Row(text["ImprintCard.CreditCode"], card.CreditCode);
        pen.Row(text["ImprintCard.SealType"], card.TypeName + " · " + card.Text);
        pen.Row(text["ImprintCard.Spec"], card.Spec);
        pen.Row(text["ImprintCard.Shop"], card.Shop);
        pen.Row(text["ImprintCard.EngravedOn"], card.EngravedOn);
        pen.Row(text["ImprintCard.DeliveredOn"], card.DeliveredOn);
        pen.Row(text["ImprintCard.FilingNumber"], card.FilingNumber);
        pen.Rule();
        Imprint(pen, card, image, text);
        if (card.SizeWarning is { } warning)
        {
            pen.Paragraph(warning, 9f);
        }

        pen.Paragraph(text["ImprintCard.PrintHint"], 9f);
        pen.Signatures(text["ImprintCard.CheckedBy"], text["ImprintCard.KeptBy"], text["ImprintCard.DateLine"]);
    }

    /// <summary>The imprint at its printed size in a frame at the left, its size said under it; the QR code at the right.</summary>
    private static void Imprint(PdfPen pen, ImprintCard card, SKImage image, IStringLocalizer<UiText> text)
    {
        var width = (float)card.PrintSize.WidthMm * A4Pdf.PointsPerMillimetre;
        var height = (float)card.PrintSize.HeightMm * A4Pdf.PointsPerMillimetre;
        var frame = Math.Max(Math.Max(width, height), QrSize) + (2 * FramePadding);
        var top = pen.Block(frame + 40f) + 6f;
        var left = A4Pdf.Margin;
        pen.Frame(left, top, frame, frame);
        pen.Image(image, left + ((frame - width) / 2), top + ((frame - height) / 2), width, height);
        var size = string.Create(CultureInfo.InvariantCulture, $"{card.PrintSize.WidthMm:0.0} × {card.PrintSize.HeightMm:0.0} mm");
        var caption = card.PrintSize.FromResolution
            ? text["ImprintCard.ActualSize", size, Math.Round(card.Dpi ?? 0).ToString(CultureInfo.InvariantCulture)]
            : text["ImprintCard.ScaledSize", size];
        pen.Write(caption, left, top + frame + 16f, 9f, grey: true, fitWidth: A4Pdf.ContentWidth - QrSize - 20f);

        var qrLeft = A4Pdf.PageWidth - A4Pdf.Margin - QrSize;
        pen.Qr(card.VerificationUrl, qrLeft, top + FramePadding, QrSize);
        pen.Write(text["ImprintCard.Verify"], qrLeft, top + FramePadding + QrSize + 14f, 9f, grey: true);
    }
}
