using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using SealGuard.Core.Codes;
using SealGuard.Web.Infrastructure.Http;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Identity;

/// <summary>
/// Hooks <see cref="UserSessions"/> into both authentication handlers: a cookie or bearer token whose session ended
/// (sign-out) or whose security stamp is old (disabled, new role, shop, jurisdiction or password) is refused at once.
/// </summary>
public static class SessionEvents
{
    public static async Task ValidateCookieAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is { } principal && await Sessions(context.HttpContext).IsCurrentAsync(principal, context.HttpContext.RequestAborted))
        {
            return;
        }

        // The page request then goes to the login page (an API call gets 401), and the dead cookie is deleted.
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    public static async Task ExtendCookieSessionAsync(CookieSlidingExpirationContext context)
    {
        if (context.ShouldRenew && context.Principal is { } principal)
        {
            await Sessions(context.HttpContext).ExtendAsync(principal, context.HttpContext.RequestAborted);
        }
    }

    public static async Task ValidateBearerAsync(TokenValidatedContext context)
    {
        if (context.Principal is not { } principal || !await Sessions(context.HttpContext).IsCurrentAsync(principal, context.HttpContext.RequestAborted))
        {
            context.Fail(new SessionEndedException());
        }
    }

    /// <summary>A well-signed token of an ended session is told so, as problem details (other 401s keep the default challenge).</summary>
    public static async Task ChallengeBearerAsync(JwtBearerChallengeContext context)
    {
        if (context.AuthenticateFailure is not SessionEndedException)
        {
            return;
        }

        context.HandleResponse();
        context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\", error_description=\"The session has ended\"";
        await ApiResults.Problem(new Failure(FailureKind.Unauthorized, "Auth.SessionEnded", Messages.Get("Auth.SessionEnded"))).ExecuteAsync(context.HttpContext);
    }

    private static UserSessions Sessions(HttpContext context) => context.RequestServices.GetRequiredService<UserSessions>();

    private sealed class SessionEndedException() : Exception("The session has ended.");
}
