using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SealGuard.Core.Codes;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Seeding.Demo;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Identity;

/// <summary>Sign-in does not tell which user names exist: not by its answer, not by the work it does, and not by unlimited guessing.</summary>
public sealed partial class SignInTests(SharedApps apps)
{
    private const string WrongPassword = "Wrong#2026";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Unknown_wrong_password_locked_and_disabled_get_the_identical_answer_from_the_api_and_the_page(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var wrong = await app.AddUserAsync(UserRole.PoliceOfficer, jurisdiction: "4107");
        var locked = await LockedUserAsync(app);
        var disabled = await app.AddUserAsync(UserRole.PoliceOfficer, jurisdiction: "4107");
        using (var scope = app.Services.CreateScope())
        {
            (await scope.ServiceProvider.GetRequiredService<ManageUserHandler>()
                .LockAsync(new Actor(1, "admin.demo", UserRole.SystemAdmin, null, [], null), disabled, ct)).IsSuccess.ShouldBeTrue();
        }

        var attempts = new (string UserName, string Password)[]
        {
            ("nobody." + Guid.NewGuid().ToString("N")[..8], DemoSeeder.DemoPassword),
            (wrong, WrongPassword),
            (locked, DemoSeeder.DemoPassword),
            (disabled, DemoSeeder.DemoPassword),
        };
        var api = new List<string>();
        var page = new List<string>();
        foreach (var (userName, password) in attempts)
        {
            var response = await app.AnonymousClient().PostAsJsonAsync("/api/v1/auth/token", new TokenRequest(userName, password), ct);
            api.Add($"{(int)response.StatusCode} {response.Content.Headers.ContentType} {WithoutTraceId(await response.Content.ReadAsStringAsync(ct))}");
            var browser = app.ClientWith(new CookieContainer());
            var html = await (await SealGuardApp.PostFormAsync(browser, "/Account/Login", "/Account/Login",
                new() { ["Input.UserName"] = userName, ["Input.Password"] = password })).Content.ReadAsStringAsync(ct);
            page.Add(WebUtility.HtmlDecode(ErrorSummary().Match(html).Groups[1].Value.Trim()));
        }

        api.Distinct().Count().ShouldBe(1, string.Join(Environment.NewLine, api));
        api[0].ShouldStartWith("401 application/problem+json");
        api[0].ShouldContain("Auth.Invalid");
        page.Distinct().Count().ShouldBe(1, string.Join(Environment.NewLine, page));
        page[0].ShouldContain(Messages.Get("Auth.Invalid"));

        // The audit log still tells an administrator what happened.
        (await app.AuditOfAsync("User", locked)).ShouldContain(a => a.Action == "Auth.LockedOut");
        (await app.AuditOfAsync("User", disabled)).ShouldContain(a => a.Action == "Auth.LockedOut");
        (await app.AuditOfAsync("User", wrong)).ShouldContain(a => a.Action == "Auth.Failed");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_unknown_user_or_a_locked_account_costs_one_password_hash_like_a_wrong_password(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var wrong = await app.AddUserAsync(UserRole.PoliceOfficer, jurisdiction: "4107");
        var locked = await LockedUserAsync(app);

        var counts = new List<int>();
        foreach (var (userName, password) in new[] { (wrong, WrongPassword), ("nobody." + Guid.NewGuid().ToString("N")[..8], WrongPassword), (locked, DemoSeeder.DemoPassword), (wrong, "") })
        {
            using var scope = app.Services.CreateScope();
            var hasher = new CountingHasher();
            var handler = ActivatorUtilities.CreateInstance<PasswordSignInHandler>(scope.ServiceProvider, (IPasswordHasher<User>)hasher);
            (await handler.HandleAsync(new TokenRequest(userName, password), null, ct)).IsSuccess.ShouldBeFalse();
            counts.Add(hasher.Verified);
        }

        counts.ShouldBe([1, 1, 1, 1], "wrong password, unknown user, locked account, empty password");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Sign_in_attempts_beyond_the_limit_per_address_get_429_with_retry_after_on_the_api_and_the_page(string provider)
    {
        await using var app = await SealGuardApp.StartAsync(provider, s => s["SealGuard:RateLimiting:SignInPerMinute"] = "3");
        var ct = TestContext.Current.CancellationToken;
        var client = app.AnonymousClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await client.PostAsJsonAsync("/api/v1/auth/token", new TokenRequest("nobody.x", WrongPassword), ct)).StatusCode);
        }

        var throttled = await client.PostAsJsonAsync("/api/v1/auth/token", new TokenRequest("police.demo", DemoSeeder.DemoPassword), ct);

        statuses.ShouldBe([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized]);
        var problem = await throttled.ProblemAsync(HttpStatusCode.TooManyRequests);
        problem.GetProperty("code").GetString().ShouldBe("Auth.TooManyAttempts");
        problem.GetProperty("detail").GetString().ShouldBe(Messages.Get("Auth.TooManyAttempts"));
        throttled.Headers.RetryAfter.ShouldNotBeNull().Delta.ShouldNotBeNull().TotalSeconds.ShouldBeInRange(1, 60);

        // The login page shares the address's allowance; showing it is not an attempt.
        var form = await client.GetAsync("/Account/Login", ct);
        form.StatusCode.ShouldBe(HttpStatusCode.OK);
        var token = Regex.Match(await form.Content.ReadAsStringAsync(ct), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var pagePost = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "police.demo",
            ["Input.Password"] = DemoSeeder.DemoPassword,
            ["__RequestVerificationToken"] = token,
        }), ct);
        pagePost.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        pagePost.Headers.RetryAfter.ShouldNotBeNull();
    }

    private static async Task<string> LockedUserAsync(SealGuardApp app)
    {
        var userName = await app.AddUserAsync(UserRole.PoliceOfficer, jurisdiction: "4107");
        var client = app.AnonymousClient();
        for (var i = 0; i < 5; i++)
        {
            await client.PostAsJsonAsync("/api/v1/auth/token", new TokenRequest(userName, WrongPassword), TestContext.Current.CancellationToken);
        }

        return userName;
    }

    private static string WithoutTraceId(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node.Remove("traceId");
        return node.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    [GeneratedRegex("<div class=\"alert alert-danger[^\"]*\"[^>]*>(.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex ErrorSummary();

    /// <summary>The real hasher, counting how often a password is checked.</summary>
    private sealed class CountingHasher : IPasswordHasher<User>
    {
        private readonly PasswordHasher<User> _inner = new();

        public int Verified { get; private set; }

        public string HashPassword(User user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(User user, string hashedPassword, string providedPassword)
        {
            Verified++;
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
