using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.HttpOverrides;
using Scalar.AspNetCore;
using SealGuard.Web.Hosting;

namespace SealGuard.Web.Infrastructure.Http;

/// <summary>
/// The web host's hardening in one place: the public base URL, security headers and HSTS, trusted reverse proxies,
/// relative sign-in redirects, the API docs only where allowed, and antiforgery for cookie-authenticated API calls.
/// </summary>
public static class WebHardening
{
    /// <summary>Validates the settings (a bad value refuses start) and registers what the rest needs.</summary>
    public static void AddWebHardening(this WebApplicationBuilder builder, SealGuardOptions options)
    {
        var production = builder.Environment.IsProduction();
        var baseUrl = PublicBaseUrl.Parse(options.PublicBaseUrl, production);
        var proxies = options.ForwardedHeaders.KnownProxies.Select(ParseProxy).ToArray();
        var networks = options.ForwardedHeaders.KnownNetworks.Select(ParseNetwork).ToArray();
        var settings = new WebHardeningSettings(
            Hsts: production && baseUrl?.Scheme == Uri.UriSchemeHttps,
            ApiDocs: options.ApiDocs.Enabled ?? !production,
            ForwardedHeaders: proxies.Length + networks.Length > 0);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(sp => new PublicBaseUrl(baseUrl, sp.GetRequiredService<IServer>()));
        builder.Services.Configure<ForwardedHeadersOptions>(f =>
        {
            f.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the listed proxies: not also the framework's default of any loopback address.
            f.KnownIPNetworks.Clear();
            f.KnownProxies.Clear();
            foreach (var proxy in proxies)
            {
                f.KnownProxies.Add(proxy);
            }

            foreach (var network in networks)
            {
                f.KnownIPNetworks.Add(network);
            }
        });

        // The cookie handler builds its sign-in and access-denied redirects from the request's Host header; a forged
        // Host would send the user elsewhere. The path alone keeps them on the address the browser already uses.
        builder.Services.PostConfigure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme, c =>
        {
            c.Events.OnRedirectToLogin = WithRelativeUri(c.Events.OnRedirectToLogin);
            c.Events.OnRedirectToLogout = WithRelativeUri(c.Events.OnRedirectToLogout);
            c.Events.OnRedirectToReturnUrl = WithRelativeUri(c.Events.OnRedirectToReturnUrl);
        });
    }

    /// <summary>First in the pipeline: proxy headers from trusted proxies, then the security headers of every response.</summary>
    public static void UseWebHardening(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<WebHardeningSettings>();
        if (settings.ForwardedHeaders)
        {
            app.UseForwardedHeaders();
        }

        app.UseSecurityHeaders(settings.Hsts);
    }

    /// <summary>The OpenAPI document and the interactive reference, when <c>SealGuard:ApiDocs:Enabled</c> allows them.</summary>
    public static void MapApiDocs(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<WebHardeningSettings>().ApiDocs)
        {
            return;
        }

        app.MapOpenApi();
        app.MapScalarApiReference(s =>
        {
            // The police intranet has no internet: no web fonts, telemetry or request proxy from the vendor.
            s.Title = "SealGuard API";
            s.DefaultFonts = false;
            s.Telemetry = false;
            s.ProxyUrl = null;
        });
    }

    /// <summary>Replaces the group's blanket antiforgery opt-out with <see cref="CookieAntiforgeryFilter"/>.</summary>
    public static RouteGroupBuilder RequireCookieAntiforgery(this RouteGroupBuilder group)
    {
        // Off for the framework's form check, which would also ask bearer clients; the filter asks cookie callers only.
        group.DisableAntiforgery().AddEndpointFilter<CookieAntiforgeryFilter>();
        return group;
    }

    private static Func<RedirectContext<CookieAuthenticationOptions>, Task> WithRelativeUri(Func<RedirectContext<CookieAuthenticationOptions>, Task> inner) => context =>
    {
        if (Uri.TryCreate(context.RedirectUri, UriKind.Absolute, out var absolute))
        {
            context.RedirectUri = absolute.PathAndQuery;
        }

        return inner(context);
    };

    private static IPAddress ParseProxy(string value) =>
        IPAddress.TryParse(value, out var address)
            ? address
            : throw new SealGuardConfigurationException($"SealGuard:ForwardedHeaders:KnownProxies: '{value}' is not an IP address.");

    private static System.Net.IPNetwork ParseNetwork(string value) =>
        System.Net.IPNetwork.TryParse(value, out var network)
            ? network
            : throw new SealGuardConfigurationException($"SealGuard:ForwardedHeaders:KnownNetworks: '{value}' is not a network in CIDR notation (e.g. 10.8.0.0/24).");
}

/// <summary>What <see cref="WebHardening.AddWebHardening"/> resolved from the configuration and the environment.</summary>
public sealed record WebHardeningSettings(bool Hsts, bool ApiDocs, bool ForwardedHeaders);
