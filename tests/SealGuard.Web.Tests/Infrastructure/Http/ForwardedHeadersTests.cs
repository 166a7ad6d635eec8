using System.Net;

namespace SealGuard.Web.Tests.Infrastructure.Http;

/// <summary>Behind a listed proxy the app sees each client's address (the public rate limit is per client); nobody else can claim one.</summary>
public sealed class ForwardedHeadersTests
{
    private const string Verification = "/api/v1/public/verification?sealCode=4107020000001&orgName=x";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Behind_a_listed_proxy_each_forwarded_client_has_its_own_rate_limit(string provider)
    {
        await using var app = await StartBehindAsync(provider, "127.0.0.1");
        using var client = app.CreateClient();

        (await VerifyAsAsync(client, "203.0.113.7")).ShouldBe(HttpStatusCode.OK);
        (await VerifyAsAsync(client, "203.0.113.7")).ShouldBe(HttpStatusCode.TooManyRequests);
        (await VerifyAsAsync(client, "203.0.113.8")).ShouldBe(HttpStatusCode.OK, "another client behind the same proxy");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_caller_that_is_not_a_listed_proxy_cannot_claim_another_address(string provider)
    {
        await using var app = await StartBehindAsync(provider, "192.0.2.10");
        using var client = app.CreateClient();

        (await VerifyAsAsync(client, "203.0.113.7")).ShouldBe(HttpStatusCode.OK);
        (await VerifyAsAsync(client, "203.0.113.8")).ShouldBe(HttpStatusCode.TooManyRequests, "the header of an unlisted caller is ignored");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Behind_a_proxy_of_a_listed_network_each_forwarded_client_has_its_own_rate_limit(string provider)
    {
        await using var app = await StartBehindAsync(provider, network: "127.0.0.0/8");
        using var client = app.CreateClient();

        (await VerifyAsAsync(client, "203.0.113.7")).ShouldBe(HttpStatusCode.OK);
        (await VerifyAsAsync(client, "203.0.113.7")).ShouldBe(HttpStatusCode.TooManyRequests);
        (await VerifyAsAsync(client, "203.0.113.8")).ShouldBe(HttpStatusCode.OK, "another client behind a proxy of the network");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Without_a_listed_proxy_not_even_loopback_may_pick_its_rate_limit_bucket(string provider)
    {
        await using var app = await StartBehindAsync(provider);
        using var client = app.CreateClient();

        (await VerifyAsAsync(client, "203.0.113.7")).ShouldBe(HttpStatusCode.OK);
        (await VerifyAsAsync(client, "203.0.113.8")).ShouldBe(HttpStatusCode.TooManyRequests, "no proxy is configured, so the header is ignored");
    }

    /// <summary>A real socket on loopback: the in-memory test server has no client address.</summary>
    private static Task<SealGuardApp> StartBehindAsync(string provider, string? proxy = null, string? network = null) =>
        SealGuardApp.StartAsync(provider, s =>
        {
            s["SealGuard:RateLimiting:PublicPerMinute"] = "1";
            if (proxy is not null)
            {
                s["SealGuard:ForwardedHeaders:KnownProxies:0"] = proxy;
            }

            if (network is not null)
            {
                s["SealGuard:ForwardedHeaders:KnownNetworks:0"] = network;
            }
        }, kestrel: true);

    private static async Task<HttpStatusCode> VerifyAsAsync(HttpClient client, string clientAddress)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Verification);
        request.Headers.Add("X-Forwarded-For", clientAddress);
        return (await client.SendAsync(request, TestContext.Current.CancellationToken)).StatusCode;
    }
}
