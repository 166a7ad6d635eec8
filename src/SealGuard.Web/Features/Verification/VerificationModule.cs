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
        // Anonymous callers: a fixed window per client address, off when PublicPerMinute is 0.
        builder.Services.Configure<RateLimiterOptions>(r => r.AddPolicy(VerificationApi.RateLimitPolicy, context =>
        {
            var perMinute = options.RateLimiting.PublicPerMinute;
            return perMinute <= 0
                ? RateLimitPartition.GetNoLimiter("off")
                : RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
        }));

    public void MapApi(RouteGroupBuilder api) => api.MapVerificationApi();
}
