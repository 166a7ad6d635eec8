using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using SealGuard.Core.Codes;
using SealGuard.Web.Hosting;

namespace SealGuard.Web.Features.Identity;

/// <summary>
/// Sign-in attempts (the API token endpoint and the login page's POST) per client address per minute
/// (<c>SealGuard:RateLimiting:SignInPerMinute</c>, 0 = off): password guessing across accounts is slowed down where the
/// per-account lockout does not reach. Beyond the limit: 429 problem details with a <c>Retry-After</c>.
/// </summary>
public sealed class SignInRateLimit(IOptions<SealGuardOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "sign-in";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RejectAsync;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        var perMinute = options.Value.RateLimiting.SignInPerMinute;
        // Only attempts count: showing the login page is free.
        return perMinute <= 0 || HttpMethods.IsGet(httpContext.Request.Method)
            ? RateLimitPartition.GetNoLimiter("off")
            : RateLimitPartition.GetFixedWindowLimiter(httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        const string Code = "Auth.TooManyAttempts";
        var message = Messages.Get(Code);
        await TypedResults.Problem(detail: message, statusCode: StatusCodes.Status429TooManyRequests, title: message, type: "urn:sealguard:problem:" + Code,
            extensions: new Dictionary<string, object?> { ["code"] = Code }).ExecuteAsync(context.HttpContext);
    }
}
