using System.Globalization;
using Microsoft.Extensions.Localization;
using SealGuard.Core;
using SealGuard.Core.Shops;
using SealGuard.Web.Areas.Shop;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Intake;
using SealGuard.Web.Infrastructure.Outcomes;
using SealGuard.Web.Infrastructure.Pdf;
using SealGuard.Web.Pages;
using SkiaSharp;

namespace SealGuard.Web.Features.Shops;

/// <summary>
/// 刻章业备案回执: the receipt of an accepted version as an A4 PDF (<see cref="A4Pdf"/>, the packaged Song font): shop and
/// code, version, licence, the persons masked, staff, equipment, who accepted it when. Same scope and audit as reading the version.
/// </summary>
/// <remarks>The page strings come with the call: the CLI builds this module without the web host's localizers.</remarks>
public sealed class ShopFilingReceiptPdfHandler(ReadShopFilingsHandler reader, TimeProvider clock)
{
    private const string Day = "yyyy-MM-dd";
    private const string Stamp = "yyyy-MM-dd HH:mm";

    public async Task<Outcome<PdfFile>> HandleAsync(Actor actor, long filingId, IStringLocalizer<ShopText> text, IStringLocalizer<UiText> ui, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(ui);
        var outcome = await reader.VersionAsync(actor, filingId, reveal: false, purpose: null, cancellationToken);
        if (outcome.Value is not { } filing)
        {
            return outcome.Failure!;
        }

        if (filing.State != ShopFilingState.Accepted)
        {
            return Failure.Rule("ShopFiling.NotAccepted");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var heading = text["ShopFilingPdf.Heading"].Value;
        var number = filing.ShopCode + "-" + filing.Number.ToString(CultureInfo.InvariantCulture);
        var metadata = new SKDocumentPdfMetadata { Title = heading + " " + number, Creator = ui["Product.Name"].Value, Producer = "SealGuard", Creation = now, Modified = now };
        var generatedAt = ChinaTime.FromUtc(now).ToString(Stamp, CultureInfo.InvariantCulture);
        var content = A4Pdf.Render(metadata, page => text["ShopFilingPdf.Generated", ui["Product.Name"].Value, generatedAt, page], pen =>
        {
            pen.Centered(heading, 20f, bold: true);
            pen.Centered(ui["Bureau.Name"].Value, 10.5f, bold: false);
            pen.Space(10f);
            pen.Row(text["ShopFilingPdf.Shop"], filing.ShopName);
            pen.Row(text["ShopFilingPdf.ShopCode"], filing.ShopCode, bold: true);
            pen.Row(text["ShopFilingPdf.Version"], text["ShopFiling.VersionNumber", filing.Number], bold: true);
            pen.Row(text["ShopFilingPdf.Address"], filing.Address);
            pen.Row(text["ShopFilingPdf.Licence"], filing.LicenceNumber + "（" + filing.LicenceDate.ToString(Day, CultureInfo.InvariantCulture) + "）");
            pen.Row(text["ShopFilingPdf.LegalRepresentative"], filing.LegalRepresentative.Name + " " + filing.LegalRepresentative.IdNumber);
            pen.Row(text["ShopFilingPdf.Manager"], filing.Manager.Name + " " + filing.Manager.IdNumber);
            pen.Row(text["ShopFilingPdf.Staff"], string.Join("、", filing.Staff.Select(s => s.Name)));
            pen.Row(text["ShopFilingPdf.Submitted"], filing.SubmittedAt is { } submitted ? ChinaTime.FromUtc(submitted).ToString(Stamp, CultureInfo.InvariantCulture) : "—");
            pen.Row(text["ShopFilingPdf.Accepted"], ChinaTime.FromUtc(filing.DecidedAt!.Value).ToString(Stamp, CultureInfo.InvariantCulture) + " " + filing.DecidedBy);
            pen.Rule();
            pen.Heading(text["ShopFilingPdf.Equipment", filing.Equipment.Count]);
            var n = 0;
            foreach (var item in filing.Equipment)
            {
                pen.Entry((++n).ToString(CultureInfo.InvariantCulture) + ".", item, string.Empty, [], emphasise: false);
            }

            pen.Paragraph(text["ShopFilingPdf.Body", filing.ShopName], 10f);
            pen.Signatures(text["ShopFilingPdf.Officer"], text["ShopFilingPdf.Seal"], text["ShopFilingPdf.DateLine"]);
        });
        return new PdfFile($"刻章业备案回执-{number}.pdf", content);
    }
}
