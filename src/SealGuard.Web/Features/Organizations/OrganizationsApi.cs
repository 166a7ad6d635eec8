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
        return api;
    }
}
