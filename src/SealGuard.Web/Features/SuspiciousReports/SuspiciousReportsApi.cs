using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Http;

namespace SealGuard.Web.Features.SuspiciousReports;

/// <summary>可疑情况: shops and officers file; the police of the division assign and close.</summary>
public static class SuspiciousReportsApi
{
    public static RouteGroupBuilder MapSuspiciousReportsApi(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/suspicious-reports").WithTags("SuspiciousReports");

        reports.MapPost("/", async (SuspiciousReportRequest request, Actor actor, FileSuspiciousReportHandler handler, CancellationToken ct) =>
                ApiResults.Created(await handler.HandleAsync(actor, request, ct), r => $"/api/v1/suspicious-reports/{r.Id}").Or<BadRequestProblem>())
            .RequireCapability(Capability.FileSuspiciousReports)
            .WithName("FileSuspiciousReport").WithSummary("Report a suspicious situation with a category and description, optionally naming a person (ID number), an organization (credit code) and a seal (code); an officer names the division");

        reports.MapGet("/", async (string? state, Actor actor, ListSuspiciousReportsHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.HandleAsync(actor, state, ct)).Or<BadRequestProblem>())
            .RequireCapability(Capability.FileSuspiciousReports)
            .WithName("ListSuspiciousReports").WithSummary("Suspicious reports in the caller's scope (a shop its own, police their jurisdiction), newest first; state=New|Assigned|Closed");

        reports.MapGet("/{id:long}", async (long id, Actor actor, GetSuspiciousReportHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.HandleAsync(actor, id, ct)).Or<NotFoundProblem>())
            .RequireCapability(Capability.FileSuspiciousReports)
            .WithName("GetSuspiciousReport").WithSummary("One suspicious report, the person's ID number masked (audited)");

        reports.MapPost("/{id:long}/assign", async (long id, AssignRequest request, Actor actor, HandleSuspiciousReportHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.AssignAsync(actor, id, request, ct)).Or<BadRequestProblem, NotFoundProblem, ConflictProblem>())
            .RequireCapability(Capability.HandleSuspiciousReports)
            .WithName("AssignSuspiciousReport").WithSummary("Assign an open report to the caller or to another officer who sees its division");

        reports.MapPost("/{id:long}/close", async (long id, CloseRequest request, Actor actor, HandleSuspiciousReportHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.CloseAsync(actor, id, request, ct)).Or<BadRequestProblem, NotFoundProblem, ConflictProblem>())
            .RequireCapability(Capability.HandleSuspiciousReports)
            .WithName("CloseSuspiciousReport").WithSummary("Close an open report with a note");
        return api;
    }
}
