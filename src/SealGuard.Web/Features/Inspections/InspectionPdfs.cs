using System.Globalization;
using Microsoft.Extensions.Localization;
using SealGuard.Core;
using SealGuard.Core.Inspections;
using SealGuard.Web.Areas.Police;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Intake;
using SealGuard.Web.Infrastructure.Outcomes;
using SealGuard.Web.Infrastructure.Pdf;
using SealGuard.Web.Pages;
using SkiaSharp;

namespace SealGuard.Web.Features.Inspections;

/// <summary>
/// The 检查记录 and the 整改通知书 as A4 PDFs (<see cref="A4Pdf"/>, the packaged Song font): shop, officers, time,
/// location, the items with their legal basis and result, signature lines. Same scope as the pages; each print audited.
/// </summary>
/// <remarks>The page strings come with the call: the CLI builds this module without the web host's localizers.</remarks>
public sealed class InspectionPdfHandler(GetInspectionHandler inspections, GetRectificationHandler rectifications, UnitOfWork unitOfWork, AuditTrail audit, TimeProvider clock)
{
    private const string Stamp = "yyyy-MM-dd HH:mm";

    public async Task<Outcome<PdfFile>> RecordAsync(Actor actor, long inspectionId, IStringLocalizer<PoliceText> text, IStringLocalizer<UiText> ui, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(ui);
        var outcome = await inspections.HandleAsync(actor, inspectionId, cancellationToken);
        if (outcome.Value is not { } inspection)
        {
            return outcome.Failure!;
        }

        var number = inspection.Id.ToString(CultureInfo.InvariantCulture);
        await AuditAsync(() => audit.Record(actor, "Inspection.RecordPrinted", "Inspection", number, division: inspection.Shop.DivisionCode), cancellationToken);
        var content = Render(text["InspectionPdf.RecordHeading"], number, text, ui, pen =>
        {
            ShopRows(pen, inspection.Shop, text);
            pen.Row(text["InspectionPdf.Time"], ChinaTime.FromUtc(inspection.InspectedAt).ToString(Stamp, CultureInfo.InvariantCulture));
            pen.Row(text["InspectionPdf.Officers"], inspection.Officers);
            pen.Row(text["InspectionPdf.Location"], Location(inspection.Location, text));
            pen.Row(text["InspectionPdf.Template"], text["InspectionPdf.TemplateVersion", inspection.TemplateName, inspection.TemplateNumber]);
            pen.Rule();
            pen.Heading(text["InspectionPdf.Items", inspection.Items.Count, inspection.Items.Count(i => i.Outcome == CheckOutcome.Fail)]);
            foreach (var item in inspection.Items)
            {
                pen.Entry(item.Position.ToString(CultureInfo.InvariantCulture) + ".", item.Text, text["Outcome." + item.Outcome],
                    [text["InspectionPdf.LegalBasis"] + "：" + item.LegalBasis, item.Note is null ? string.Empty : text["InspectionPdf.Note"] + "：" + item.Note],
                    emphasise: item.Outcome == CheckOutcome.Fail);
            }

            if (inspection.Notes is not null)
            {
                pen.Row(text["InspectionPdf.Notes"], inspection.Notes);
            }

            if (inspection.Deadline is { } deadline)
            {
                pen.Paragraph(text["InspectionPdf.RectificationHint", deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)], 10f);
            }

            pen.Signatures(text["InspectionPdf.OfficerSignature"], text["InspectionPdf.ShopSignature"], text["InspectionPdf.DateLine"]);
        });
        return new PdfFile($"检查记录-{number}.pdf", content);
    }

    public async Task<Outcome<PdfFile>> NoticeAsync(Actor actor, long rectificationId, IStringLocalizer<PoliceText> text, IStringLocalizer<UiText> ui, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(ui);
        var outcome = await rectifications.HandleAsync(actor, rectificationId, cancellationToken);
        if (outcome.Value is not { } notice)
        {
            return outcome.Failure!;
        }

        var number = notice.Id.ToString(CultureInfo.InvariantCulture);
        await AuditAsync(() => audit.Record(actor, "Rectification.NoticePrinted", "Rectification", number, division: notice.Shop.DivisionCode), cancellationToken);
        var deadline = notice.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var content = Render(text["InspectionPdf.NoticeHeading"], number, text, ui, pen =>
        {
            ShopRows(pen, notice.Shop, text);
            pen.Row(text["InspectionPdf.Time"], ChinaTime.FromUtc(notice.InspectedAt).ToString(Stamp, CultureInfo.InvariantCulture));
            pen.Row(text["InspectionPdf.Officers"], notice.InspectionOfficers);
            pen.Row(text["InspectionPdf.Deadline"], deadline, bold: true);
            pen.Paragraph(text["InspectionPdf.NoticeBody", notice.Shop.Name, deadline], 10.5f);
            pen.Rule();
            pen.Heading(text["InspectionPdf.FailedItems", notice.Items.Count]);
            var n = 0;
            foreach (var item in notice.Items)
            {
                pen.Entry((++n).ToString(CultureInfo.InvariantCulture) + ".", item.Text, item.Rectified switch { true => text["Rectified.Yes"], false => text["Rectified.No"], _ => text["Outcome.Fail"] },
                    [text["InspectionPdf.LegalBasis"] + "：" + item.LegalBasis, item.Finding is null ? string.Empty : text["InspectionPdf.Finding"] + "：" + item.Finding],
                    emphasise: true);
            }

            pen.Paragraph(text["InspectionPdf.NoticeFooter"], 9f);
            pen.Signatures(text["InspectionPdf.IssuerSignature"], text["InspectionPdf.ReceiverSignature"], text["InspectionPdf.DateLine"]);
        });
        return new PdfFile($"整改通知书-{number}.pdf", content);
    }

    /// <summary>A print is recorded in a unit of its own: a read writes nothing else.</summary>
    private Task<Outcome<bool>> AuditAsync(Action record, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync<bool>(_ =>
        {
            record();
            return Task.FromResult<Outcome<bool>>(true);
        }, cancellationToken);

    private byte[] Render(string heading, string number, IStringLocalizer<PoliceText> text, IStringLocalizer<UiText> ui, Action<PdfPen> body)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var generatedAt = ChinaTime.FromUtc(now).ToString(Stamp, CultureInfo.InvariantCulture);
        var metadata = new SKDocumentPdfMetadata
        {
            Title = heading + " " + number,
            Creator = ui["Product.Name"].Value,
            Producer = "SealGuard",
            Creation = now,
            Modified = now,
        };
        return A4Pdf.Render(metadata, page => text["InspectionPdf.Generated", ui["Product.Name"].Value, generatedAt, page], pen =>
        {
            pen.Centered(heading, 20f, bold: true);
            pen.Centered(ui["Bureau.Name"].Value, 10.5f, bold: false);
            pen.Space(10f);
            pen.Row(text["InspectionPdf.Number"], number, bold: true);
            body(pen);
        });
    }

    private static void ShopRows(PdfPen pen, ShopRef shop, IStringLocalizer<PoliceText> text)
    {
        pen.Row(text["InspectionPdf.Shop"], shop.Name + "（" + shop.ShopCode + "）");
        pen.Row(text["InspectionPdf.Address"], shop.DivisionName + " " + shop.Address);
    }

    private static string Location(GeoLocation? location, IStringLocalizer<PoliceText> text) =>
        location is null
            ? text["InspectionPdf.NoLocation"]
            : string.Create(CultureInfo.InvariantCulture, $"{location.Latitude:F6}, {location.Longitude:F6}")
              + (location.AccuracyMeters is { } m ? text["InspectionPdf.Accuracy", Math.Round(m).ToString(CultureInfo.InvariantCulture)] : string.Empty)
              + "（" + text["LocationSource." + location.Source] + "）";
}
