using System.Data;
using System.Globalization;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using SealGuard.Web.Areas.Police;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Outcomes;
using SealGuard.Web.Pages;

namespace SealGuard.Web.Features.Reports;

/// <summary>A report table as an Excel workbook, ready to download.</summary>
public sealed record ExcelFile(string FileName, byte[] Content)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}

/// <summary>
/// Any report table as an .xlsx (MiniExcel): one sheet, the page's columns with Chinese headers, codes beside their Chinese
/// names, the same rows as the JSON answer and, for the supervision overview, its total line.
/// </summary>
/// <remarks>The headers and names come with the call: the CLI builds this module without the web host's localizers.</remarks>
public sealed class ReportExportHandler(SealReportHandler seals, SupervisionReportHandler supervision)
{
    public const string Xlsx = "xlsx";

    public async Task<Outcome<ExcelFile>> HandleAsync(Actor actor, string? report, string? format, ReportFilters filters, IStringLocalizer<PoliceText> text,
        IStringLocalizer<UiText> ui, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!ReportNames.TryParse(report, out var kind))
        {
            return ReportNames.Unknown();
        }

        if (!string.Equals(format ?? Xlsx, Xlsx, StringComparison.OrdinalIgnoreCase))
        {
            return ReportNames.BadInput("format", "Report.UnknownFormat");
        }

        List<Dictionary<string, object?>> sheet;
        DateOnly from, to;
        if (kind == ReportKind.Supervision)
        {
            var outcome = await supervision.HandleAsync(actor, filters, cancellationToken);
            if (outcome.Value is not { } view)
            {
                return outcome.Failure!;
            }

            (from, to) = (view.From, view.To);
            sheet = [.. view.Rows.Append(view.Total with { DivisionName = text["Report.Total"] }).Select(r => SupervisionLine(text, r))];
        }
        else
        {
            var outcome = await seals.HandleAsync(actor, kind, filters, ui, cancellationToken);
            if (outcome.Value is not { } view)
            {
                return outcome.Failure!;
            }

            (from, to) = (view.From, view.To);
            sheet = [.. view.Rows.Select(r => SealLine(text, kind, r))];
        }

        // A table, not a list of rows: MiniExcel then writes the headers even when the range holds nothing.
        using var table = new DataTable(text["Report.Kind." + kind].Value) { Locale = CultureInfo.InvariantCulture };
        var headers = kind == ReportKind.Supervision
            ? SupervisionLine(text, new SupervisionRow("", "", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)).Keys
            : SealLine(text, kind, new StatisticsRow("", "", 0)).Keys;
        foreach (var header in headers)
        {
            table.Columns.Add(header, typeof(object));
        }

        sheet.ForEach(line => table.Rows.Add([.. line.Values]));
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(table, sheetName: table.TableName, excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
        var name = string.Create(CultureInfo.InvariantCulture, $"{ReportNames.Of(kind)}-{from:yyyyMMdd}-{to:yyyyMMdd}.xlsx");
        return new ExcelFile(name, stream.ToArray());
    }

    private static Dictionary<string, object?> SealLine(IStringLocalizer<PoliceText> text, ReportKind kind, StatisticsRow row)
    {
        var line = new Dictionary<string, object?>(StringComparer.Ordinal);
        switch (kind)
        {
            case ReportKind.Divisions:
                line[text["Report.Column.DivisionCode"]] = row.Key;
                line[text["Report.Column.Division"]] = row.Label;
                break;
            case ReportKind.Shops:
                line[text["Report.Column.ShopCode"]] = row.Key;
                line[text["Report.Column.Shop"]] = row.Label;
                break;
            case ReportKind.SealTypes:
                line[text["Report.Column.TypeCode"]] = row.Key;
                line[text["Report.Column.Type"]] = row.Label;
                break;
            case ReportKind.Reasons:
                line[text["Report.Column.Reason"]] = row.Label;
                break;
            default:
                line[text["Report.Column.Month"]] = row.Label;
                break;
        }

        line[text["Report.Column.Count"]] = row.Count;
        return line;
    }

    private static Dictionary<string, object?> SupervisionLine(IStringLocalizer<PoliceText> text, SupervisionRow row) => new(StringComparer.Ordinal)
    {
        [text["Report.Column.DivisionCode"]] = row.DivisionCode,
        [text["Report.Column.Division"]] = row.DivisionName,
        [text["Report.Column.ShopsNormal"]] = row.ShopsNormal,
        [text["Report.Column.ShopsSuspended"]] = row.ShopsSuspended,
        [text["Report.Column.ShopsClosed"]] = row.ShopsClosed,
        [text["Report.Column.StaffAccepted"]] = row.StaffAccepted,
        [text["Report.Column.StaffPending"]] = row.StaffPending,
        [text["Report.Column.StaffReturned"]] = row.StaffReturned,
        [text["Report.Column.StaffDeregistered"]] = row.StaffDeregistered,
        [text["Report.Column.Inspections"]] = row.Inspections,
        [text["Report.Column.InspectionsDue"]] = row.InspectionsDue,
        [text["Report.Column.OpenRectifications"]] = row.OpenRectifications,
        [text["Report.Column.OverdueRectifications"]] = row.OverdueRectifications,
        [text["Report.Column.Penalties"]] = row.Penalties,
        [text["Report.Column.Fines"]] = row.FineCents / 100m,
    };
}
