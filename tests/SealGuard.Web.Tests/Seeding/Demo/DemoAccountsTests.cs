using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Seeding.Demo;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Seeding.Demo;

/// <summary>A database once seeded with the demo city keeps its accounts; in Production their published password opens nothing.</summary>
public sealed class DemoAccountsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Production_on_a_once_seeded_database_warns_about_demo_accounts_and_refuses_the_demo_password_for_any_account(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var development = await SealGuardApp.StartAsync(provider);
        await using var production = await SealGuardApp.StartAsync(provider, s =>
        {
            foreach (var (key, value) in development.Settings)
            {
                s[key] = value;
            }

            SealGuardApp.Production(s);
        });

        production.Logs.ShouldContain(l => l.StartsWith("Warning: Demo accounts are present in Production:", StringComparison.Ordinal) && l.Contains("shop.demo") && l.Contains("admin.demo"));
        (await SignInAsync(development, "shop.demo", DemoSeeder.DemoPassword)).ShouldBe(HttpStatusCode.OK, "outside Production the demo logins work");
        (await SignInAsync(production, "shop.demo", DemoSeeder.DemoPassword)).ShouldBe(HttpStatusCode.Unauthorized);
        production.Logs.ShouldContain(l => l.StartsWith("Warning: Sign-in of shop.demo refused", StringComparison.Ordinal));
        (await production.AuditOfAsync("User", "shop.demo")).ShouldContain(a => a.Action == "Auth.DemoPasswordRefused");

        // Not only the seeded accounts: any account given the published password.
        using (var scope = production.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<AddUserHandler>();
            (await users.AddAsync(Actor.System, new NewUser("prod.officer", "新民警", DemoSeeder.DemoPassword, UserRole.PoliceOfficer, null, ["4107"]), ct)).IsSuccess.ShouldBeTrue();
            (await users.AddAsync(Actor.System, new NewUser("prod.other", "另一民警", "Own#Password9", UserRole.PoliceOfficer, null, ["4107"]), ct)).IsSuccess.ShouldBeTrue();
        }

        (await SignInAsync(production, "prod.officer", DemoSeeder.DemoPassword)).ShouldBe(HttpStatusCode.Unauthorized);
        (await SignInAsync(production, "prod.other", "Own#Password9")).ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<HttpStatusCode> SignInAsync(SealGuardApp app, string userName, string password) =>
        (await app.AnonymousClient().PostAsJsonAsync("/api/v1/auth/token", new TokenRequest(userName, password), TestContext.Current.CancellationToken)).StatusCode;
}
