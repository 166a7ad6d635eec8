using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Http;

namespace SealGuard.Web.Features.Reports;

/// <summary>The police dashboard's figures, for the dashboard page's callers outside the browser.</summary>
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
        return api;
    }
}
