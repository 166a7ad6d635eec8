using System.Net;
using SealGuard.Web.Tests.Infrastructure;

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
}
