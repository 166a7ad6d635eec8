using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using SealGuard.Web.Hosting;
using SealGuard.Web.Infrastructure.Http;

namespace SealGuard.Web.Features.Identity;

/// <summary>
/// Sign-in attempts (the API token endpoint and the login page's POST) per client address per minute
/// (<c>SealGuard:RateLimiting:SignInPerMinute</c>, 0 = off): password guessing across accounts is slowed down where the
/// per-account lockout does not reach. Beyond the limit: 429 with a <c>Retry-After</c>, as a problem or the error page.
/// </summary>
public sealed class SignInRateLimit(IOptions<SealGuardOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "sign-in";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => (context, _) => ErrorResponses.RejectAsync(context, "Auth.TooManyAttempts");

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        var perMinute = options.Value.RateLimiting.SignInPerMinute;
        // Only attempts count: showing the login page is free.
        return perMinute <= 0 || HttpMethods.IsGet(httpContext.Request.Method)
            ? RateLimitPartition.GetNoLimiter("off")
            : RateLimitPartition.GetFixedWindowLimiter(httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
    }
}
