using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Seeding.Demo;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Identity;

public sealed class LockoutTests(SharedApps apps)
{
    private const string WrongPassword = "Wrong#2026";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_password(string provider)
    {
        var app = await apps.GetAsync(provider);
        var userName = await app.AddUserAsync(UserRole.PoliceOfficer, jurisdiction: "410727");
        var client = app.AnonymousClient();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            (await SignInAsync(client, userName, WrongPassword)).ShouldBe("Auth.Invalid", $"attempt {attempt}");
        }

        // Locked: refused with the same answer as a wrong password, so the answer does not tell that the account exists.
        (await SignInAsync(client, userName, DemoSeeder.DemoPassword)).ShouldBe("Auth.Invalid");
        (await SignInAsync(client, userName, WrongPassword)).ShouldBe("Auth.Invalid");

        var audit = await app.AuditOfAsync("User", userName);
        audit.Count(a => a.Action == "Auth.Failed").ShouldBe(5);
        audit.Count(a => a.Action == "Auth.LockedOut").ShouldBe(2);
        audit.ShouldNotContain(a => a.Action == "Auth.SignedIn");
        audit.Where(a => a.Action.StartsWith("Auth.", StringComparison.Ordinal)).ShouldAllBe(a => a.ActorName == userName);

        // Other accounts are not affected.
        (await SignInAsync(client, "police.fengqiu", DemoSeeder.DemoPassword)).ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_successful_sign_in_starts_the_count_of_failures_afresh(string provider)
    {
        var app = await apps.GetAsync(provider);
        var userName = await app.AddUserAsync(UserRole.PoliceOfficer, jurisdiction: "410727");
        var client = app.AnonymousClient();

        for (var round = 1; round <= 2; round++)
        {
            for (var attempt = 1; attempt <= 4; attempt++)
            {
                (await SignInAsync(client, userName, WrongPassword)).ShouldBe("Auth.Invalid");
            }

            (await SignInAsync(client, userName, DemoSeeder.DemoPassword)).ShouldBeNull($"round {round}: four failures must not lock the account");
        }

        (await app.AuditOfAsync("User", userName)).Count(a => a.Action == "Auth.SignedIn").ShouldBe(2);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Forty_parallel_wrong_passwords_try_no_more_passwords_than_the_limit_and_lock_the_account(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var userName = await app.AddUserAsync(UserRole.PoliceOfficer, jurisdiction: "410727");

        var answers = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Task.Run(() => SignInAsync(app.AnonymousClient(), userName, WrongPassword), ct)));

        answers.ShouldAllBe(code => code == "Auth.Invalid");
        var audit = await app.AuditOfAsync("User", userName);
        // Each Auth.Failed entry is one password actually checked against the hash.
        audit.Count(a => a.Action == "Auth.Failed").ShouldBe(5);
        audit.Count(a => a.Action == "Auth.LockedOut").ShouldBe(35);
        (await app.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == userName, ct))).LockedUntil.ShouldNotBeNull();

        (await SignInAsync(app.AnonymousClient(), userName, DemoSeeder.DemoPassword)).ShouldBe("Auth.Invalid", "the right password while locked");
        (await app.AuditOfAsync("User", userName)).ShouldNotContain(a => a.Action == "Auth.SignedIn");
    }

    /// <summary>Null when a token was issued, else the problem code of the 401.</summary>
    private static async Task<string?> SignInAsync(HttpClient client, string userName, string password)
    {
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new TokenRequest(userName, password), TestContext.Current.CancellationToken);
        if (response.StatusCode == HttpStatusCode.OK)
        {
            return null;
        }

        var problem = await response.ProblemAsync(HttpStatusCode.Unauthorized);
        return problem.GetProperty("code").GetString();
    }
}
