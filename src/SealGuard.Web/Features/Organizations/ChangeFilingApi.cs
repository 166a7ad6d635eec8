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
                ApiResults.Created(await handler.HandleAsync(actor, request, ct), c => $"/api/v1/organization-changes/{c.Id}"))
            .RequireAuthorization(Policies.Shop)
            .WithName("FileOrganizationChange").WithSummary("File a change (变更备案) of an organization's name and/or legal representative, naming the in-use seals to surrender")
            .Produces<OrganizationChangeView>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

        changes.MapGet("/", async (string? state, Actor actor, ListOrganizationChangesHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.HandleAsync(actor, state, ct)))
            .RequireAuthorization(Policies.ShopOrPolice)
            .WithName("ListOrganizationChanges").WithSummary("Change filings in the caller's scope (a shop its own, police their jurisdiction), newest first; state=Pending|Approved|Rejected")
            .Produces<IReadOnlyList<OrganizationChangeSummary>>().ProducesValidationProblem();

        changes.MapGet("/{id:long}", async (long id, Actor actor, GetOrganizationChangeHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.HandleAsync(actor, id, ct)))
            .RequireAuthorization(Policies.ShopOrPolice)
            .WithName("GetOrganizationChange").WithSummary("One change filing with the old and new names and legal representatives' names (audited)")
            .Produces<OrganizationChangeView>().ProducesProblem(StatusCodes.Status404NotFound);

        changes.MapPost("/{id:long}/approve", async (long id, Actor actor, ReviewOrganizationChangeHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.ApproveAsync(actor, id, ct)))
            .RequireAuthorization(Policies.Police)
            .WithName("ApproveOrganizationChange").WithSummary("Approve a pending change filing: the organization's record changes and the chosen seals are surrendered")
            .Produces<OrganizationChangeView>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        changes.MapPost("/{id:long}/reject", async (long id, ReviewRequest request, Actor actor, ReviewOrganizationChangeHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.RejectAsync(actor, id, request, ct)))
            .RequireAuthorization(Policies.Police)
            .WithName("RejectOrganizationChange").WithSummary("Reject a pending change filing with a reason")
            .Produces<OrganizationChangeView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }
}
