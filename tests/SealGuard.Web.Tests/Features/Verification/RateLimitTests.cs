using System.Net;
using SealGuard.Web.Tests.Infrastructure;
using SealGuard.Web.Tests.Infrastructure.Http;

namespace SealGuard.Web.Tests.Features.Verification;

public sealed class RateLimitTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_fourth_public_verification_in_a_minute_is_429_when_the_limit_is_three(string provider)
    {
        await using var app = await SealGuardApp.StartAsync(provider, s => s["SealGuard:RateLimiting:PublicPerMinute"] = "3");
        var ct = TestContext.Current.CancellationToken;
        var client = app.AnonymousClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.GetAsync("/api/v1/public/verification?sealCode=4107020000001&orgName=x", ct)).StatusCode);
        }

        statuses.ShouldBe([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests]);

        // Only the public verification is limited.
        (await client.GetAsync("/health/live", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await (await app.LoginAsync("police.demo")).GetAsync("/api/v1/divisions/410702", ct)).ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Beyond_the_limit_the_API_answers_a_coded_problem_and_the_page_a_Chinese_429_page_both_with_Retry_After(string provider)
    {
        await using var app = await SealGuardApp.StartAsync(provider, s => s["SealGuard:RateLimiting:PublicPerMinute"] = "1");
        var ct = TestContext.Current.CancellationToken;
        var client = app.AnonymousClient();

        (await client.GetAsync(Verification, ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var api = await client.GetAsync(Verification, ct);
        await ErrorResponsesTests.ShouldBeProblemAsync(api, HttpStatusCode.TooManyRequests, "Request.TooManyRequests");
        ErrorResponsesTests.RetryAfterSeconds(api).ShouldBeInRange(1, 60);

        var page = await ErrorResponsesTests.PageAsync(client, "/?sealCode=4107020000001&orgName=x");
        page.Status.ShouldBe(HttpStatusCode.TooManyRequests);
        page.Html.ShouldContain("请求过于频繁");
        page.Html.ShouldContain("返回首页");
        ErrorResponsesTests.RetryAfterSeconds(page.Response).ShouldBeInRange(1, 60);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_landing_page_and_static_files_do_not_use_up_the_verification_budget(string provider)
    {
        await using var app = await SealGuardApp.StartAsync(provider, s => s["SealGuard:RateLimiting:PublicPerMinute"] = "2");
        var ct = TestContext.Current.CancellationToken;
        var client = app.AnonymousClient();

        // A phone opening the page: the form, its styles, scripts and icon, again and again.
        for (var i = 0; i < 3; i++)
        {
            foreach (var path in new[] { "/", "/css/site.css", "/js/site.js", "/lib/bootstrap/bootstrap.min.css", "/favicon.ico" })
            {
                (await client.GetAsync(path, ct)).StatusCode.ShouldBe(HttpStatusCode.OK, path);
            }
        }

        (await client.GetAsync("/?sealCode=4107020000001&orgName=x", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync(Verification, ct)).StatusCode.ShouldBe(HttpStatusCode.OK, "the second verification is still within the limit");
        (await client.GetAsync(Verification, ct)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    private const string Verification = "/api/v1/public/verification?sealCode=4107020000001&orgName=x";
}
