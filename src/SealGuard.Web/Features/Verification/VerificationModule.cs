using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using SealGuard.Web.Hosting;

namespace SealGuard.Web.Features.Verification;

/// <summary>
/// Public seal verification (验章). The internet reaches the shop zone through the firewall, never the police intranet,
/// so the shop node serves it.
/// </summary>
public sealed class VerificationModule : IFeatureModule
{
    public NodeRole Roles => NodeRole.Shop;

    public IReadOnlyList<PageFolder> Pages => [new(null, "/Index")];

    public void AddServices(IHostApplicationBuilder builder, SealGuardOptions options) => builder.Services.AddScoped<VerifySealHandler>();

    public void AddWebServices(WebApplicationBuilder builder, SealGuardOptions options) =>
        // Anonymous callers: a fixed window per client address (the proxy's client behind a listed proxy, see
        // WebHardening), off when PublicPerMinute is 0. Only a verification counts: the bare landing page asks nothing.
        builder.Services.Configure<RateLimiterOptions>(r => r.AddPolicy(VerificationApi.RateLimitPolicy, context =>
        {
            var perMinute = options.RateLimiting.PublicPerMinute;
            return perMinute <= 0 || !AsksToVerify(context.Request)
                ? RateLimitPartition.GetNoLimiter("off")
                : RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
        }));

    public void MapApi(RouteGroupBuilder api) => api.MapVerificationApi();

    /// <summary>A verification names a seal code or an organization (the page's and the API's query); the empty form does not.</summary>
    private static bool AsksToVerify(HttpRequest request) =>
        request.Query.ContainsKey("sealCode") || request.Query.ContainsKey("orgName");
}
