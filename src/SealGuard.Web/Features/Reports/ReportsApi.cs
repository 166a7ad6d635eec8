using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SealGuard.Web.Areas.Police;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Http;
using SealGuard.Web.Pages;

namespace SealGuard.Web.Features.Reports;

/// <summary>The police dashboard's figures and the report tables (统计报表), as JSON and as Excel.</summary>
public static class ReportsApi
{
    public static RouteGroupBuilder MapReportsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/statistics/seals", async (Actor actor, SealStatisticsHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.HandleAsync(actor, ct)).Or())
            .RequireCapability(Capability.ViewStatistics)
            .WithTags("Reports")
            .WithName("SealStatistics")
            .WithSummary("Seal figures of the caller's jurisdiction: total, last 12 months, by type, division, shop and life state");

        var reports = api.MapGroup("/reports").WithTags("Reports").RequireCapability(Capability.ViewStatistics);
        reports.MapGet("/supervision", async ([AsParameters] ReportFilters filters, Actor actor, SupervisionReportHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.HandleAsync(actor, filters, ct)).Or<BadRequestProblem>())
            .WithName("SupervisionReport")
            .WithSummary("监管概况 per division of the jurisdiction (from, to: China days; division): shops and staff by state, inspections done and due, open and overdue rectifications, penalties and fines");
        reports.MapGet("/{report}", async (string report, [AsParameters] ReportFilters filters, Actor actor, SealReportHandler handler, [FromServices] IStringLocalizer<UiText> ui,
                CancellationToken ct) =>
                ReportNames.TryParse(report, out var kind)
                    ? ApiResults.From(await handler.HandleAsync(actor, kind, filters, ui, ct)).Or<BadRequestProblem>()
                    : ApiResults.Refuse<Ok<SealReportView>>(ReportNames.Unknown()).Or<BadRequestProblem>())
            .WithName("SealReport")
            .WithSummary("Seals accepted from..to (China days, both included) within the jurisdiction (or one division of it), per divisions, shops, seal-types, reasons or months");
        reports.MapGet("/{report}/export", async (string report, string? format, [AsParameters] ReportFilters filters, Actor actor, ReportExportHandler handler,
                [FromServices] IStringLocalizer<PoliceText> text, [FromServices] IStringLocalizer<UiText> ui, CancellationToken ct) =>
                ApiResults.Map(await handler.HandleAsync(actor, report, format, filters, text, ui, ct), file => new ExcelResult(file)).Or<BadRequestProblem>())
            .WithName("ExportReport")
            .WithSummary("A report table (divisions, shops, seal-types, reasons, months, supervision) with its own filters as an Excel workbook (format=xlsx), Chinese headers");
        return api;
    }
}

/// <summary>An Excel workbook as a download under its file name, declared as such.</summary>
public sealed class ExcelResult(ExcelFile file) : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    public int? StatusCode => StatusCodes.Status200OK;

    public Task ExecuteAsync(HttpContext httpContext) => TypedResults.File(file.Content, ExcelFile.ContentType, file.FileName).ExecuteAsync(httpContext);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(byte[]), [ExcelFile.ContentType]));
    }
}
