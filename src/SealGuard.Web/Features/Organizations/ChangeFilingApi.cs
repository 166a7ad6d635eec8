using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Http;

namespace SealGuard.Web.Features.Organizations;

/// <summary>变更备案: shops file changes of an organization's name or legal representative; police of its jurisdiction decide them.</summary>
public static class ChangeFilingApi
{
    public static RouteGroupBuilder MapChangeFilingApi(this RouteGroupBuilder api)
    {
        var changes = api.MapGroup("/organization-changes").WithTags("Organizations");

        changes.MapPost("/", async (OrganizationChangeRequest request, Actor actor, FileOrganizationChangeHandler handler, CancellationToken ct) =>
                ApiResults.Created(await handler.HandleAsync(actor, request, ct), c => $"/api/v1/organization-changes/{c.Id}").Or<BadRequestProblem, ConflictProblem>())
            .RequireCapability(Capability.FileOrganizationChanges)
            .WithName("FileOrganizationChange").WithSummary("File a change (变更备案) of an organization's name and/or legal representative, naming the in-use seals to surrender");

        changes.MapGet("/", async (string? state, string? sort, Actor actor, ListOrganizationChangesHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.HandleAsync(actor, state, sort, ct)).Or<BadRequestProblem>())
            .RequireCapability(Capability.ViewOrganizationChanges)
            .WithName("ListOrganizationChanges").WithSummary("Change filings in the caller's scope (a shop its own, police their jurisdiction) with their total; state=Pending|Approved|Rejected, sort=[-]filedAt|creditCode|oldName (default -filedAt, newest first)");

        changes.MapGet("/{id:long}", async (long id, Actor actor, GetOrganizationChangeHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.HandleAsync(actor, id, ct)).Or<NotFoundProblem>())
            .RequireCapability(Capability.ViewOrganizationChanges)
            .WithName("GetOrganizationChange").WithSummary("One change filing with the old and new names and legal representatives' names (audited)");

        changes.MapPost("/{id:long}/approve", async (long id, Actor actor, ReviewOrganizationChangeHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.ApproveAsync(actor, id, ct)).Or<NotFoundProblem, ConflictProblem>())
            .RequireCapability(Capability.ReviewOrganizationChanges)
            .WithName("ApproveOrganizationChange").WithSummary("Approve a pending change filing: the organization's record changes and the chosen seals are surrendered");

        changes.MapPost("/{id:long}/reject", async (long id, ReviewRequest request, Actor actor, ReviewOrganizationChangeHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.RejectAsync(actor, id, request, ct)).Or<BadRequestProblem, NotFoundProblem, ConflictProblem>())
            .RequireCapability(Capability.ReviewOrganizationChanges)
            .WithName("RejectOrganizationChange").WithSummary("Reject a pending change filing with a reason");
        return api;
    }
}
