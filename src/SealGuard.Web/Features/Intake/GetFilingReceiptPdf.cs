using System.Globalization;
using Microsoft.Extensions.Localization;
using SealGuard.Core;
using SealGuard.Web.Areas.Shop;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Seals;
using SealGuard.Web.Infrastructure.Http;
using SealGuard.Web.Infrastructure.Outcomes;
using SealGuard.Web.Infrastructure.Pdf;
using SealGuard.Web.Pages;
using SkiaSharp;

namespace SealGuard.Web.Features.Intake;

/// <summary>A generated PDF with the name a browser saves it under.</summary>
public sealed record PdfFile(string FileName, byte[] Content);

/// <summary>
/// The 备案回执 as an A4 PDF, drawn server-side with the packaged Song font: the same receipt (and the same audited read)
/// as the page, with one QR code per seal to its public verification instead of a printed address, and signature lines.
/// </summary>
/// <remarks>The web host's services (public address, page strings) come with the call: the CLI builds this module without them.</remarks>
public sealed class GetFilingReceiptPdfHandler(GetFilingReceiptHandler receipts, TimeProvider clock)
{
    public async Task<Outcome<PdfFile>> HandleAsync(Actor actor, long filingId, PublicBaseUrl publicBaseUrl, IStringLocalizer<ShopText> shopText, IStringLocalizer<UiText> uiText,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(publicBaseUrl);
        var outcome = await receipts.HandleAsync(actor, filingId, "pdf", cancellationToken);
        if (outcome.Value is not { } receipt)
        {
            return outcome.Failure!;
        }

        var labels = new ReceiptLabels(shopText, uiText);
        var content = ReceiptPdfLayout.Render(receipt, labels, code => publicBaseUrl.Verification(code, receipt.OrgName), publicBaseUrl.Value.AbsoluteUri,
            clock.GetUtcNow().UtcDateTime);
        return new PdfFile($"备案回执-{receipt.FilingNumber}.pdf", content);
    }
}

/// <summary>The receipt's words, from the shop terminal's strings so the page and the PDF say the same.</summary>
internal sealed class ReceiptLabels(IStringLocalizer<ShopText> shop, IStringLocalizer<UiText> ui)
{
    public string this[string key] => shop[key].Value;

    public string Ui(string key) => ui[key].Value;

    public string Format(string key, params object[] args) => shop[key, args].Value;
}

/// <summary>Lays the receipt out on A4 pages (<see cref="A4Pdf"/>): heading, filing, organization, agent, shop, seals with QR codes, signatures.</summary>
internal static class ReceiptPdfLayout
{
    private const float QrSize = 62f;

    public static byte[] Render(FilingReceipt receipt, ReceiptLabels labels, Func<string, string> verificationUrl, string verificationSite, DateTime generatedAtUtc)
    {
        var generatedAt = ChinaTime.FromUtc(generatedAtUtc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var metadata = new SKDocumentPdfMetadata
        {
            Title = labels["Receipt.Heading"] + " " + receipt.FilingNumber,
            Creator = labels.Ui("Product.Name"),
            Producer = "SealGuard",
            Creation = generatedAtUtc,
            Modified = generatedAtUtc,
        };
        return A4Pdf.Render(metadata, page => labels.Format("Receipt.Generated", labels.Ui("Product.Name"), generatedAt, page),
            pen => Draw(pen, receipt, labels, verificationUrl, verificationSite));
    }

    private static void Draw(PdfPen pen, FilingReceipt receipt, ReceiptLabels labels, Func<string, string> verificationUrl, string verificationSite)
    {
        pen.Centered(labels["Receipt.Heading"], 20f, bold: true);
        pen.Centered(labels.Ui("Bureau.Name"), 10.5f, bold: false);
        pen.Space(10f);
        pen.Row(labels["Receipt.FilingId"], receipt.FilingNumber, bold: true);
        pen.Row(labels["Receipt.Date"], ChinaTime.FromUtc(receipt.AcceptedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        pen.Row(labels["Details.Reason"], labels.Ui("Reason." + receipt.Reason));
        pen.Rule();
        pen.Row(labels["Details.Organization"], receipt.OrgName);
        pen.Row(labels["Seals.CreditCode"], receipt.CreditCode);
        pen.Row(labels["Details.Address"], receipt.OrgAddress);
        pen.Row(labels["Details.Agent"], Person(receipt.Agent));
        pen.Rule();
        pen.Row(labels["Receipt.Shop"], receipt.Shop.Name + "（" + receipt.Shop.ShopCode + "）");
        pen.Row(labels["Receipt.ShopAddress"], receipt.Shop.Address);
        pen.Row(labels["Receipt.ShopPhone"], receipt.Shop.Phone ?? "—");
        pen.Rule();
        pen.Heading(labels.Format("Receipt.SealCount", receipt.Seals.Count));
        foreach (var seal in receipt.Seals)
        {
            Seal(pen, seal, labels, verificationUrl(seal.SealCode));
        }

        pen.Paragraph(labels.Format("Receipt.VerifyHint", verificationSite), 9f);
        pen.Signatures(labels["Receipt.AgentSignature"], labels["Receipt.ShopSeal"], labels["Receipt.DateLine"]);
    }

    /// <summary>One seal: its QR code on the left, code, type, text, spec, material and recipient beside it.</summary>
    private static void Seal(PdfPen pen, ReceiptSeal seal, ReceiptLabels labels, string url)
    {
        var height = QrSize + 10f;
        var blockTop = pen.Block(height);
        var top = blockTop + 4f;
        pen.Qr(url, A4Pdf.Margin, top, QrSize);
        var x = A4Pdf.Margin + QrSize + 14f;
        var width = A4Pdf.PageWidth - A4Pdf.Margin - x;
        var code = string.Concat(seal.SealCode.AsSpan(0, 6), " ", seal.SealCode.AsSpan(6));
        pen.Write(code, x, top + 14f, 13f, bold: true);
        var kind = (seal.TypeName ?? seal.Type) + " · " + seal.Text;
        pen.Write(kind, x + 120f, top + 13f, 10.5f, fitWidth: width - 120f);
        var spec = labels["Details.Spec"] + "：" + (seal.SpecName ?? seal.Spec ?? "—") + "　" + labels["Details.Shape"] + "：" + (seal.ShapeName ?? seal.Shape)
            + "　" + labels["Details.Material"] + "：" + (seal.MaterialName ?? seal.Material);
        pen.Write(spec, x, top + 32f, 10.5f);
        var recipient = labels["Details.Recipient"] + "：" + (seal.Recipient is { } person ? Person(person) : labels["Receipt.NotDelivered"]);
        pen.Write(recipient, x, top + 50f, 10.5f, grey: true);
        pen.Underline(x, A4Pdf.PageWidth - A4Pdf.Margin, blockTop + height);
    }

    private static string Person(PersonView person) =>
        string.Join("  ", new[] { person.Name, person.IdNumber, person.Phone }.Where(p => !string.IsNullOrEmpty(p)));
}
