using System.Net;

namespace SealGuard.Web.Tests.Infrastructure.Http;

/// <summary>Pages, API answers, static files and error answers all carry the security headers.</summary>
public sealed class SecurityHeadersTests(SharedApps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_kind_of_response_forbids_framing_sniffing_referrers_and_inline_script(string provider)
    {
        var app = await apps.GetAsync(provider);
        var client = app.AnonymousClient();

        foreach (var path in new[] { "/", "/Public/Shops", "/Account/Login", "/api/v1/public/verification?sealCode=4107020000001&orgName=x", "/api/v1/shops/me", "/css/site.css", "/js/site.js", "/no-such-page" })
        {
            var response = await client.GetAsync(path, Ct);

            Header(response, "X-Frame-Options").ShouldBe("DENY", path);
            Header(response, "X-Content-Type-Options").ShouldBe("nosniff", path);
            Header(response, "Referrer-Policy").ShouldBe("no-referrer", path);
            var policy = Header(response, "Content-Security-Policy");
            policy.ShouldContain("script-src 'self';", customMessage: path);
            policy.ShouldContain("style-src 'self';", customMessage: path);
            policy.ShouldContain("frame-ancestors 'none'", customMessage: path);
            policy.ShouldNotContain("unsafe", customMessage: path);
            response.Headers.Contains("Strict-Transport-Security").ShouldBeFalse("no HSTS outside Production");
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_api_reference_page_alone_may_run_its_inline_script_and_is_not_framed_either(string provider)
    {
        var app = await apps.GetAsync(provider);

        var response = await app.AnonymousClient().GetAsync("/scalar/", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Header(response, "Content-Security-Policy").ShouldContain("script-src 'self' 'unsafe-inline'");
        Header(response, "Content-Security-Policy").ShouldContain("frame-ancestors 'none'");
        Header(response, "X-Frame-Options").ShouldBe("DENY");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_signed_in_page_is_not_framed_although_it_renders_an_antiforgery_token(string provider)
    {
        var app = await apps.GetAsync(provider);
        var browser = (await app.SignInWithCookieAsync("shop.demo")).Client;

        var response = await browser.GetAsync("/Shop/Intake", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Header(response, "X-Frame-Options").ShouldBe("DENY");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Production_with_an_https_public_address_sends_hsts(string provider)
    {
        await using var app = await SealGuardApp.StartAsync(provider, SealGuardApp.Production);

        var response = await app.AnonymousClient().GetAsync("/health/live", Ct);

        Header(response, "Strict-Transport-Security").ShouldBe("max-age=31536000");
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new ShouldAssertException($"{response.RequestMessage!.RequestUri} has no {name} header");
}
