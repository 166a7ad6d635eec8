using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.IdentityModel.Tokens;
using SealGuard.Core.Codes;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.CodeTables;
using SealGuard.Web.Features.Divisions;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Intake;
using SealGuard.Web.Features.Organizations;
using SealGuard.Web.Features.Reports;
using SealGuard.Web.Features.Seals;
using SealGuard.Web.Features.Shops;
using SealGuard.Web.Features.Validation;
using SealGuard.Web.Features.Verification;
using SealGuard.Web.Hosting;
using SealGuard.Web.Infrastructure.Http;
using SealGuard.Web.Pages;
using SealGuard.Web.Seeding.Demo;

var builder = WebApplication.CreateBuilder(args);
SealGuardOptions options;
SymmetricSecurityKey signingKey;
try
{
    options = builder.AddSealGuardCore();
    // Web hardening (public base URL, security headers, proxies, API docs, API antiforgery): Infrastructure/Http/WebHardening.cs.
    builder.AddWebHardening(options);
    signingKey = new SymmetricSecurityKey(KeyMaterial.Resolve(options.Keys.TokenSigning, "token-signing", options, builder.Environment.IsProduction()));
}
catch (SealGuardConfigurationException e)
{
    // One line naming the setting, exit code 1: what an operator (or systemd) needs, not a stack trace.
    Console.Error.WriteLine($"SealGuard cannot start: {e.Message}");
    return 1;
}

const long JsonBodyLimit = 1024 * 1024;
builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = options.Uploads.MaxBytes + JsonBodyLimit);
builder.Services.Configure<FormOptions>(f => f.MultipartBodyLengthLimit = options.Uploads.MaxBytes + JsonBodyLimit);
builder.Services.ConfigureHttpJsonOptions(j =>
{
    j.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
    j.SerializerOptions.Converters.Add(new StrictStringConverter());
});
builder.Services.Configure<RouteHandlerOptions>(r => r.ThrowOnBadRequest = true);
builder.Services.AddProblemDetails(p => p.CustomizeProblemDetails = context =>
{
    // Kestrel's own 413 (body over the limit) reaches the client through here, not through a handler.
    if (context.ProblemDetails.Status == StatusCodes.Status413PayloadTooLarge)
    {
        context.ProblemDetails.Type = "urn:sealguard:problem:Request.TooLarge";
        context.ProblemDetails.Title = Messages.Get("Request.TooLarge");
        context.ProblemDetails.Detail = Messages.Get("Request.TooLarge");
        context.ProblemDetails.Extensions["code"] = "Request.TooLarge";
    }
});
builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();

builder.Services.AddSingleton(sp => new TokenService(signingKey, sp.GetRequiredService<TimeProvider>()));
// One scheme for both clients: API calls carry a bearer token, the pages a cookie.
const string SmartScheme = "SealGuard";
const string CookieName = "sealguard";
builder.Services.AddAuthentication(SmartScheme)
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
        c.AccessDeniedPath = "/Account/Denied";
        c.Cookie.Name = CookieName;
        // The pages' scripts call the API with the cookie: an API call is answered 401/403, never redirected to a page.
        c.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
        c.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
        c.Events.OnValidatePrincipal = SessionEvents.ValidateCookieAsync;
        c.Events.OnCheckSlidingExpiration = SessionEvents.ExtendCookieSessionAsync;
        c.Cookie.HttpOnly = true;
        c.Cookie.SameSite = SameSiteMode.Strict;
        c.ExpireTimeSpan = TimeSpan.FromMinutes(options.Auth.TokenLifetimeMinutes);
        c.SlidingExpiration = true;
    });
builder.Services.AddAuthorization(a => a.AddSealGuardPolicies());

builder.Services.AddRateLimiter(r =>
{
    r.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
    r.AddPolicy(VerificationApi.RateLimitPolicy, context =>
    {
        var perMinute = options.RateLimiting.PublicPerMinute;
        return perMinute <= 0
            ? RateLimitPartition.GetNoLimiter("off")
            : RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
    });
    r.AddPolicy<string, SignInRateLimit>(SignInRateLimit.Name);
});

builder.Services.AddLocalization();
builder.Services.AddRazorPages(r =>
    {
        r.Conventions.AuthorizeAreaFolder("Shop", "/", Policies.Shop);
        r.Conventions.AuthorizeAreaFolder("Police", "/", Policies.Police);
        r.Conventions.AuthorizeAreaFolder("Admin", "/", Policies.Admin);
    })
    .AddMvcOptions(m =>
    {
        m.ModelBinderProviders.Insert(0, new EnumNameModelBinderProvider());
        m.Filters.Add<TextInputPageFilter>();
    })
    .AddViewLocalization()
    .AddDataAnnotationsLocalization(d => d.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(UiText)));
builder.Services.AddOpenApi(o => o.AddDocumentTransformer<BearerSecurityTransformer>());
builder.Services.AddHealthChecks().AddDbContextCheck<SealGuardDbContext>(tags: ["ready"]);

var app = builder.Build();

using (var scope = app.Services.CreateScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
    if (app.Environment.IsProduction())
    {
        await scope.ServiceProvider.GetRequiredService<DemoAccounts>().WarnIfPresentAsync(CancellationToken.None);
    }
}

app.UseWebHardening();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRequestLocalization(l => l.SetDefaultCulture("zh-CN").AddSupportedCultures("zh-CN").AddSupportedUICultures("zh-CN"));
app.UseStaticFiles();
app.Use((context, next) =>
{
    // JSON bodies stay small; only the multipart upload routes may use the larger upload limit.
    if (context.Request.HasJsonContentType() && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
    {
        size.MaxRequestBodySize = JsonBodyLimit;
    }

    return next(context);
});
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseTextInputGuard();
app.UseAntiforgery();

app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready"), ResultStatusCodes = { [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable } });
app.MapApiDocs();

app.MapRazorPages();

var api = app.MapGroup("/api/v1").RequireCookieAntiforgery();
api.MapIdentityApi();
api.MapShopsApi();
api.MapIntakeApi();
api.MapSealsApi();
api.MapVerificationApi();
api.MapDivisionsApi();
api.MapCodeTablesApi();
api.MapValidationApi();
api.MapOrganizationsApi();
api.MapChangeFilingApi();
api.MapReportsApi();
api.MapAuditApi();

if (options.Benchmarks.Enabled)
{
    // The HTTP stack's own limit for bench/: the same pipeline and JSON writer, no handler work, no database.
    app.MapGet("/bench/constant", () => new { result = "Constant" }).AllowAnonymous().ExcludeFromDescription();
}

app.Lifetime.ApplicationStarted.Register(() =>
{
    var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
    var apiDocs = app.Services.GetRequiredService<WebHardeningSettings>().ApiDocs;
    foreach (var address in addresses)
    {
        Console.WriteLine($"SealGuard is running at {address}" + (apiDocs ? $"  (API docs: {address}/scalar)" : ""));
    }

    if (options.Demo)
    {
        Console.WriteLine($"Demo logins (password {DemoSeeder.DemoPassword}):");
        foreach (var (userName, role, scope) in DemoSeeder.Logins)
        {
            Console.WriteLine($"  {userName,-16} {role,-14} {scope}");
        }
    }
});

app.Run();
return 0;

static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int apiStatus)
{
    if (IsApi(context.Request))
    {
        context.Response.StatusCode = apiStatus;
    }
    else
    {
        context.Response.Redirect(context.RedirectUri);
    }

    return Task.CompletedTask;
}
