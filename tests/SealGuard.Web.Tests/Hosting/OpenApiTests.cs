using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Hosting;

public sealed partial class OpenApiTests(SharedApps apps)
{
    private static readonly (string Method, string Path)[] Contract =
    [
        ("post", "/api/v1/auth/token"),
        ("post", "/api/v1/auth/logout"),
        ("get", "/api/v1/shops/me"),
        ("post", "/api/v1/filings"),
        ("post", "/api/v1/filings/{filingId}/documents"),
        ("post", "/api/v1/seals/{sealCode}/engraving"),
        ("put", "/api/v1/seals/{sealCode}/imprint"),
        ("post", "/api/v1/seals/{sealCode}/delivery"),
        ("post", "/api/v1/seals/{sealCode}/loss-report"),
        ("post", "/api/v1/seals/{sealCode}/surrender"),
        ("post", "/api/v1/seals/{sealCode}/scrap"),
        ("get", "/api/v1/seals/{sealCode}"),
        ("get", "/api/v1/seals"),
        ("post", "/api/v1/seals/search"),
        ("get", "/api/v1/seals/{sealCode}/imprint/{rendition}"),
        ("get", "/api/v1/filings/{filingId}/documents/{documentId}"),
        ("get", "/api/v1/public/verification"),
        ("get", "/api/v1/validation/{kind}"),
        ("post", "/api/v1/validation/{kind}"),
        ("post", "/api/v1/organization-changes"),
        ("get", "/api/v1/organization-changes"),
        ("get", "/api/v1/organization-changes/{id}"),
        ("post", "/api/v1/organization-changes/{id}/approve"),
        ("post", "/api/v1/organization-changes/{id}/reject"),
    ];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_openapi_document_is_3_1_and_lists_every_route_of_the_contract(string provider)
    {
        var app = await apps.GetAsync(provider);

        var document = await app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json", TestContext.Current.CancellationToken);

        document.GetProperty("openapi").GetString().ShouldStartWith("3.1");
        var paths = document.GetProperty("paths");
        var missing = Contract.Where(r => !(paths.TryGetProperty(r.Path, out var item) && item.TryGetProperty(r.Method, out _)))
            .Select(r => $"{r.Method.ToUpperInvariant()} {r.Path}").ToList();
        missing.ShouldBeEmpty();

        // An ID number is searched in a POST body only: the GET documents no such query parameter.
        var getSeals = paths.GetProperty("/api/v1/seals").GetProperty("get");
        var parameters = getSeals.TryGetProperty("parameters", out var list) ? list.EnumerateArray().Select(p => p.GetProperty("name").GetString()!.ToUpperInvariant()).ToList() : [];
        parameters.ShouldContain("ORGNAME");
        parameters.ShouldNotContain("IDNUMBER");
        parameters.ShouldNotContain("PURPOSE");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_interactive_docs_page_loads_everything_from_the_app(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var client = app.CreateClient();

        var page = await client.GetAsync("/scalar/", ct);
        await page.ShouldHaveStatusAsync(HttpStatusCode.OK);
        page.Content.Headers.ContentType?.MediaType.ShouldBe("text/html");
        var html = await page.Content.ReadAsStringAsync(ct);
        var pageUri = page.RequestMessage!.RequestUri!;

        AbsoluteUrlPattern().Matches(html).Select(m => m.Value).ShouldBeEmpty("the page names another host");
        var assets = AssetPattern().Matches(html).Select(m => new Uri(pageUri, m.Groups["url"].Value)).ToList();
        assets.ShouldNotBeEmpty();
        foreach (var asset in assets)
        {
            asset.Host.ShouldBe(pageUri.Host, asset.ToString());
            (await client.GetAsync(asset, ct)).StatusCode.ShouldBe(HttpStatusCode.OK, asset.ToString());
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Production_serves_no_api_docs_unless_switched_on(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var production = await SealGuardApp.StartAsync(provider, SealGuardApp.Production))
        {
            var client = production.AnonymousClient();
            (await client.GetAsync("/openapi/v1.json", ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await client.GetAsync("/scalar", ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await client.GetAsync("/scalar/", ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        await using var switchedOn = await SealGuardApp.StartAsync(provider, s =>
        {
            SealGuardApp.Production(s);
            s["SealGuard:ApiDocs:Enabled"] = "true";
        });
        (await switchedOn.AnonymousClient().GetAsync("/openapi/v1.json", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [GeneratedRegex("""(?:src|href)\s*=\s*["'](?<url>[^"']+)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex AssetPattern();

    [GeneratedRegex(@"https?://(?<host>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}|localhost|\d+\.\d+\.\d+\.\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex AbsoluteUrlPattern();
}
