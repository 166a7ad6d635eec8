using System.Net;
using System.Net.Http.Json;
using SealGuard.Core.Codes;
using SealGuard.Core.Filings;
using SealGuard.Web.Features.Seals;

namespace SealGuard.Web.Tests.Infrastructure.Http;

/// <summary>A cookie-authenticated API write must carry the page's antiforgery token; bearer clients need none.</summary>
public sealed class CookieAntiforgeryTests(SharedApps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_cookie_signed_in_write_without_the_token_is_refused_in_chinese_and_changes_nothing(string provider)
    {
        var app = await apps.GetAsync(provider);
        var code = await NewSealAsync(app);
        var browser = (await app.SignInWithCookieAsync("shop.demo")).Client;

        var response = await browser.PostAsJsonAsync($"/api/v1/seals/{code}/scrap", new LifeStateRequest("跨站伪造", true), FilingSteps.Json, Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.Forbidden);
        problem.GetProperty("code").GetString().ShouldBe("Request.Antiforgery");
        problem.GetProperty("detail").GetString().ShouldBe(Messages.Get("Request.Antiforgery"));
        problem.GetProperty("detail").GetString()!.ShouldContain("防伪令牌");
        (await (await app.SignInAsync("shop.demo")).GetSealAsync(code)).LifeState.ShouldBe(LifeState.InUse);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_cookie_signed_in_write_with_the_pages_token_goes_through(string provider)
    {
        var app = await apps.GetAsync(provider);
        var code = await NewSealAsync(app);
        var browser = (await app.SignInWithCookieAsync("shop.demo")).Client;
        var token = await browser.PageTokenAsync("/Shop");

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/seals/{code}/scrap") { Content = JsonContent.Create(new LifeStateRequest("刻制失败", true), options: FilingSteps.Json) };
        request.Headers.Add("RequestVerificationToken", token);
        var state = await (await browser.SendAsync(request, Ct)).ReadStateAsync();

        state.LifeState.ShouldBe(LifeState.Scrapped);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_token_from_another_session_is_refused(string provider)
    {
        var app = await apps.GetAsync(provider);
        var code = await NewSealAsync(app);
        var victim = (await app.SignInWithCookieAsync("shop.demo")).Client;
        var attackersToken = await (await app.SignInWithCookieAsync("shop.manager")).Client.PageTokenAsync("/Shop");

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/seals/{code}/scrap") { Content = JsonContent.Create(new LifeStateRequest("经核实办理", true), options: FilingSteps.Json) };
        request.Headers.Add("RequestVerificationToken", attackersToken);
        var problem = await (await victim.SendAsync(request, Ct)).ProblemAsync(HttpStatusCode.Forbidden);

        problem.GetProperty("code").GetString().ShouldBe("Request.Antiforgery");
        (await (await app.SignInAsync("shop.demo")).GetSealAsync(code)).LifeState.ShouldBe(LifeState.InUse);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_bearer_client_writes_without_any_token(string provider)
    {
        var app = await apps.GetAsync(provider);
        var code = await NewSealAsync(app);

        var state = await (await (await app.SignInAsync("shop.demo")).ChangeLifeStateAsync(code, "scrap", "刻制失败")).ReadStateAsync();

        state.LifeState.ShouldBe(LifeState.Scrapped);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_cookie_signed_in_read_needs_no_token(string provider)
    {
        var app = await apps.GetAsync(provider);
        var code = await NewSealAsync(app);
        var browser = (await app.SignInWithCookieAsync("shop.demo")).Client;

        (await browser.GetSealAsync(code)).LifeState.ShouldBe(LifeState.InUse);
    }

    /// <summary>A freshly filed seal of the demo shop: in use, so it may be scrapped.</summary>
    private static async Task<string> NewSealAsync(SealGuardApp app) =>
        (await (await app.SignInAsync("shop.demo")).FileAsync(TestData.Intake())).Seals[0].SealCode;
}
