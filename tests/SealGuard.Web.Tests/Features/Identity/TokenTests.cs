using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Seeding.Demo;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Identity;

public sealed class TokenTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_right_password_gets_a_bearer_token_that_expires_in_the_future_and_opens_the_api(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var client = app.AnonymousClient();

        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new TokenRequest("police.demo", DemoSeeder.DemoPassword), ct);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        var accessToken = body.GetProperty("accessToken").GetString();
        accessToken.ShouldNotBeNullOrWhiteSpace();
        var expiresAt = body.GetProperty("expiresAt").GetDateTimeOffset();
        expiresAt.ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddHours(7));
        expiresAt.ShouldBeLessThan(DateTimeOffset.UtcNow.AddHours(8).AddMinutes(1));

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        await (await client.GetAsync("/api/v1/seals?limit=1", ct)).ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_wrong_password_and_an_unknown_user_get_the_same_401_problem(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var userName = await app.AddUserAsync(UserRole.PoliceOfficer, jurisdiction: "4107");
        var client = app.AnonymousClient();

        var wrongPassword = await (await client.PostAsJsonAsync("/api/v1/auth/token", new TokenRequest(userName, "Wrong#2026"), ct))
            .ProblemAsync(HttpStatusCode.Unauthorized);
        var unknownUser = await (await client.PostAsJsonAsync("/api/v1/auth/token", new TokenRequest("nobody." + Guid.NewGuid().ToString("N")[..8], DemoSeeder.DemoPassword), ct))
            .ProblemAsync(HttpStatusCode.Unauthorized);
        var noPassword = await (await client.PostAsJsonAsync("/api/v1/auth/token", new TokenRequest(userName, null), ct))
            .ProblemAsync(HttpStatusCode.Unauthorized);

        wrongPassword.GetProperty("code").GetString().ShouldBe("Auth.Invalid");
        unknownUser.GetProperty("code").GetString().ShouldBe("Auth.Invalid");
        noPassword.GetProperty("code").GetString().ShouldBe("Auth.Invalid");
        unknownUser.GetProperty("detail").GetString().ShouldBe(wrongPassword.GetProperty("detail").GetString());
        wrongPassword.TryGetProperty("accessToken", out _).ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_protected_route_without_a_token_is_401_with_a_bearer_challenge(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var client = app.AnonymousClient();

        var wrong = new List<string>();
        foreach (var route in new[] { "/api/v1/seals", "/api/v1/seals/4107020000001", "/api/v1/shops/me", "/api/v1/divisions", "/api/v1/code-tables/SealType" })
        {
            var response = await client.GetAsync(route, ct);
            if (response.StatusCode != HttpStatusCode.Unauthorized || !response.Headers.WwwAuthenticate.Any(h => h.Scheme == "Bearer"))
            {
                wrong.Add($"{route}: {(int)response.StatusCode} {response.Headers.Location} WWW-Authenticate: {response.Headers.WwwAuthenticate}");
            }
        }

        wrong.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_token_signed_with_another_key_is_refused(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var forger = new TokenService(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)), TimeProvider.System);
        var (forged, _) = forger.Issue(new User("police.demo", "police.demo", UserRole.PoliceAdmin, null, ["41"], DateTime.UtcNow), new UserSession(0, DateTime.UtcNow, DateTime.UtcNow.AddHours(1)));
        var client = app.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", forged);

        (await client.GetAsync("/api/v1/seals", ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_expired_token_is_refused(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        // Outside Production the signing key is generated into the data directory: sign with the app's own key.
        var key = new SymmetricSecurityKey(Convert.FromBase64String((await File.ReadAllTextAsync(Path.Combine(app.DataDirectory, "keys", "token-signing.key"), ct)).Trim()));
        var now = DateTime.UtcNow;
        var user = await app.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == "police.demo", ct));
        // Both sessions exist with the user's current stamp: only the expiry can refuse the second token.
        var currentSession = new UserSession(user.Id, now, now.AddHours(1));
        var expiredSession = new UserSession(user.Id, now.AddHours(-3), now.AddHours(-2));
        await app.WithDbAsync(db =>
        {
            db.UserSessions.AddRange(currentSession, expiredSession);
            return db.SaveChangesAsync(ct);
        });
        var (expired, expiredAt) = new TokenService(key, new FixedClock(now.AddHours(-3))).Issue(user, expiredSession);
        var (current, _) = new TokenService(key, TimeProvider.System).Issue(user, currentSession);
        expiredAt.ShouldBeLessThan(DateTime.UtcNow);
        var client = app.AnonymousClient();

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", current);
        await (await client.GetAsync("/api/v1/seals?limit=1", ct)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", expired);
        (await client.GetAsync("/api/v1/seals?limit=1", ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
