using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Http;

namespace SealGuard.Web.Features.Audit;

/// <summary>The audit log page's reading, for supervisors' tools outside the browser.</summary>
public static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", async ([AsParameters] AuditSearch search, Actor actor, SearchAuditLogHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.HandleAsync(actor, search, ct)).Or<BadRequestProblem, ForbiddenProblem>())
            .RequireCapability(Capability.ReadAuditLog)
            .WithTags("Audit")
            .WithName("SearchAuditLog")
            .WithSummary("Audit entries within the caller's jurisdiction (PoliceAdmin, SystemAdmin), newest first; keyset-paginated with nextBefore");
        return api;
    }
}
