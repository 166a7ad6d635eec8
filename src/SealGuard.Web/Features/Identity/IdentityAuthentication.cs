using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.IdentityModel.Tokens;
using SealGuard.Web.Hosting;
using SealGuard.Web.Infrastructure.Http;

namespace SealGuard.Web.Features.Identity;

/// <summary>The web host's sign-in: bearer tokens for API clients, a cookie for the pages, the policies and the sign-in rate limit.</summary>
public static class IdentityAuthentication
{
    /// <summary>The one scheme both clients use; it forwards to the bearer or the cookie handler.</summary>
    private const string SmartScheme = "SealGuard";

    private const string CookieName = "sealguard";

    public static void AddSealGuardAuthentication(this WebApplicationBuilder builder, SealGuardOptions options)
    {
        var signingKey = new SymmetricSecurityKey(KeyMaterial.Resolve(options.Keys.TokenSigning, "token-signing", options, builder.Environment.IsProduction()));
        var services = builder.Services;
        services.AddSingleton(sp => new TokenService(signingKey, sp.GetRequiredService<TimeProvider>()));
        // One scheme for both clients: API calls carry a bearer token, the pages a cookie.
        services.AddAuthentication(SmartScheme)
            .AddPolicyScheme(SmartScheme, SmartScheme, p => p.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    || (IsApi(context.Request) && !context.Request.Cookies.ContainsKey(CookieName))
                    ? JwtBearerDefaults.AuthenticationScheme
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddJwtBearer(j =>
            {
                j.MapInboundClaims = false;
                j.TokenValidationParameters = TokenService.ValidationParameters(signingKey);
                j.Events = new JwtBearerEvents { OnTokenValidated = SessionEvents.ValidateBearerAsync, OnChallenge = SessionEvents.ChallengeBearerAsync };
            })
            .AddCookie(c =>
            {
                c.LoginPath = "/Account/Login";
                c.LogoutPath = "/Account/Logout";
                c.Cookie.Name = CookieName;
                // The pages' scripts call the API with the cookie: an API call is answered 401, never redirected to a page.
                c.Events.OnRedirectToLogin = ApiAwareRedirectToLogin;
                // Signing in again would not help: 403 in place, the error page for a page (ErrorResponses), a problem for the API.
                c.Events.OnRedirectToAccessDenied = context =>
                {
                    ErrorResponses.Refuse(context.HttpContext, StatusCodes.Status403Forbidden, "Forbidden");
                    return Task.CompletedTask;
                };
                c.Events.OnValidatePrincipal = SessionEvents.ValidateCookieAsync;
                c.Events.OnCheckSlidingExpiration = SessionEvents.ExtendCookieSessionAsync;
                c.Cookie.HttpOnly = true;
                c.Cookie.SameSite = SameSiteMode.Strict;
                c.ExpireTimeSpan = TimeSpan.FromMinutes(options.Auth.TokenLifetimeMinutes);
                c.SlidingExpiration = true;
            });
        services.AddAuthorization(a => a.AddSealGuardPolicies());
        services.Configure<RateLimiterOptions>(r => r.AddPolicy<string, SignInRateLimit>(SignInRateLimit.Name));
    }

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    private static Task ApiAwareRedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (IsApi(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
