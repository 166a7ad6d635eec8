using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace SealGuard.Web.Tests.Infrastructure.Http;

/// <summary>
/// What the framework answers itself: the API gets RFC 9457 problems with a stable code and Chinese text, a browser
/// asking for a page gets the Chinese error page in the layout, both with the status kept.
/// </summary>
public sealed class ErrorResponsesTests(SharedApps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_refusal_of_the_API_has_a_code_and_a_Chinese_detail(string provider)
    {
        var app = await apps.GetAsync(provider);
        var anonymous = app.AnonymousClient();
        var shop = await app.SignInAsync("shop.demo");

        var unauthorized = await anonymous.GetAsync("/api/v1/seals?limit=1", Ct);
        await ShouldBeProblemAsync(unauthorized, HttpStatusCode.Unauthorized, "Auth.Required");
        unauthorized.Headers.WwwAuthenticate.ShouldNotBeEmpty("the challenge still names the scheme");
        await ShouldBeProblemAsync(await shop.GetAsync("/api/v1/audit", Ct), HttpStatusCode.Forbidden, "Forbidden");
        await ShouldBeProblemAsync(await shop.GetAsync("/api/v1/no-such-resource", Ct), HttpStatusCode.NotFound, "Request.NotFound");
        await ShouldBeProblemAsync(await shop.DeleteAsync("/api/v1/divisions/for-filing", Ct), HttpStatusCode.MethodNotAllowed, "Request.MethodNotAllowed");
        await ShouldBeProblemAsync(await anonymous.PostAsync("/api/v1/auth/token", new StringContent("police.demo", Encoding.UTF8, "text/plain"), Ct),
            HttpStatusCode.UnsupportedMediaType, "Request.UnsupportedMediaType");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_unknown_address_is_a_Chinese_404_page_with_the_way_back(string provider)
    {
        var app = await apps.GetAsync(provider);

        var anonymous = await PageAsync(app.AnonymousClient(), "/no/such/page");
        anonymous.Status.ShouldBe(HttpStatusCode.NotFound);
        anonymous.Html.ShouldContain("页面不存在");
        anonymous.Html.ShouldContain("返回上一页");
        anonymous.Html.ShouldContain("href=\"/\" data-testid=\"error-home\"");

        var officer = await PageAsync(await app.SignInPagesAsync("police.demo"), "/Police/no-such-page");
        officer.Status.ShouldBe(HttpStatusCode.NotFound);
        officer.Html.ShouldContain("href=\"/Police\" data-testid=\"error-home\"", customMessage: "the way home is the officer's console");
        officer.Html.ShouldContain("返回工作台");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_seal_outside_the_officers_jurisdiction_is_the_404_page(string provider)
    {
        var app = await apps.GetAsync(provider);
        var code = await (await app.SignInAsync("shop.demo")).DeliverNewSealAsync();

        var page = await PageAsync(await app.SignInPagesAsync("police.fengqiu"), $"/Police/Seals/{code}");

        page.Status.ShouldBe(HttpStatusCode.NotFound);
        page.Html.ShouldContain("不在您的辖区");
        page.Html.ShouldNotContain(code.Substring(6), customMessage: "nothing of the seal is shown");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_officer_opening_the_audit_log_or_another_roles_page_gets_the_403_page_in_place(string provider)
    {
        var app = await apps.GetAsync(provider);
        var officer = await app.SignInPagesAsync("police.demo");

        foreach (var path in new[] { "/Police/Audit", "/Shop" })
        {
            var page = await PageAsync(officer, path);
            page.Status.ShouldBe(HttpStatusCode.Forbidden, path);
            page.Html.ShouldContain("无权访问", customMessage: path);
            page.Html.ShouldContain("<title>无权访问 · ", customMessage: "in the layout");
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Pages_keep_Chinese_text_as_characters_and_the_favicon_is_served(string provider)
    {
        var app = await apps.GetAsync(provider);
        var client = app.AnonymousClient();

        var html = await client.GetStringAsync("/", Ct);
        html.ShouldContain("印章");
        html.ShouldNotContain("&#x5370;");
        html.ShouldContain("rel=\"icon\"");

        var icon = await client.GetAsync("/favicon.ico", Ct);
        icon.StatusCode.ShouldBe(HttpStatusCode.OK);
        icon.Content.Headers.ContentType?.MediaType.ShouldBe("image/x-icon");
    }

    /// <summary>A request as a browser makes it for a page.</summary>
    internal static async Task<(HttpStatusCode Status, string Html, HttpResponseMessage Response)> PageAsync(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        var response = await client.SendAsync(request, Ct);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("text/html", path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct), response);
    }

    internal static async Task<JsonElement> ShouldBeProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var problem = await response.ProblemAsync(status);
        problem.GetProperty("code").GetString().ShouldBe(code);
        problem.GetProperty("status").GetInt32().ShouldBe((int)status);
        problem.GetProperty("detail").GetString().ShouldNotBeNull().ShouldMatch(@"\p{IsCJKUnifiedIdeographs}", $"{code}: a Chinese detail");
        return problem;
    }

    /// <summary>The seconds of a <c>Retry-After</c> header.</summary>
    internal static int RetryAfterSeconds(HttpResponseMessage response)
    {
        response.Headers.TryGetValues("Retry-After", out var values).ShouldBeTrue("429 says when to retry");
        return int.Parse(values!.Single(), CultureInfo.InvariantCulture);
    }
}
