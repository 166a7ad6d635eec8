using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Http;

namespace SealGuard.Web.Features.Organizations;

public static class OrganizationsApi
{
    public static RouteGroupBuilder MapOrganizationsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/organizations/by-credit-code/{creditCode}", async (string creditCode, Actor actor, OrganizationLookupHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.HandleAsync(actor, creditCode, ct)).Or<NotFoundProblem>())
            .RequireCapability(Capability.LookUpOrganizations)
            .WithTags("Organizations")
            .WithName("GetOrganizationByCreditCode").WithSummary("An organization's name, type, division, address and legal representative's name, for prefilling the intake form (audited)");

        api.MapPut("/organizations/{creditCode}/state", async (string creditCode, OrganizationStateRequest request, Actor actor, SetOrganizationStateHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.HandleAsync(actor, creditCode, request, ct)).Or<BadRequestProblem, NotFoundProblem, ConflictProblem>())
            .RequireCapability(Capability.SetOrganizationState)
            .WithTags("Organizations")
            .WithName("SetOrganizationState").WithSummary("Mark an organization of the jurisdiction Deregistered or Active again, with a note; the change and its source are kept as history (audited)");
        return api;
    }
}
