using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Seeding.Demo;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Identity;

/// <summary>What an administrator changes, and signing out, ends the user's open bearer tokens and cookies at once.</summary>
public sealed class SessionTests(SharedApps apps)
{
    private static readonly Actor Admin = new(1, "admin.demo", UserRole.SystemAdmin, null, [], null);

    public static TheoryData<string, string> AdminChanges()
    {
        var data = new TheoryData<string, string>();
        foreach (var provider in new[] { TestDatabase.Sqlite, TestDatabase.Postgres })
        {
            foreach (var change in new[] { "disable", "role", "shop", "jurisdiction", "password" })
            {
                data.Add(provider, change);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AdminChanges))]
    public async Task An_admin_change_ends_the_users_bearer_token_and_cookie_at_once(string provider, string change)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var isShop = change == "shop";
        var userName = isShop
            ? await app.AddUserAsync(UserRole.ShopOperator, shopCode: DemoSeeder.DemoShopCode)
            : await app.AddUserAsync(UserRole.PoliceOfficer, jurisdiction: "4107");
        var (api, page) = isShop ? ("/api/v1/shops/me", "/Shop") : ("/api/v1/seals?limit=1", "/Police");
        var bearer = await app.LoginAsync(userName);
        var (browser, _) = await app.SignInWithCookieAsync(userName);
        await (await bearer.GetAsync(api, ct)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await browser.GetAsync(page, ct)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        using (var scope = app.Services.CreateScope())
        {
            var manage = scope.ServiceProvider.GetRequiredService<ManageUserHandler>();
            var outcome = change switch
            {
                "disable" => await manage.LockAsync(Admin, userName, ct),
                "role" => await manage.ChangeAccessAsync(Admin, userName, UserRole.PoliceAdmin, null, ["4107"], null, ct),
                "shop" => await manage.ChangeAccessAsync(Admin, userName, UserRole.ShopOperator, await app.OtherShopCodeAsync(), [], null, ct),
                "jurisdiction" => await manage.ChangeAccessAsync(Admin, userName, UserRole.PoliceOfficer, null, ["410727"], null, ct),
                _ => await manage.ResetPasswordAsync(Admin, userName, "Changed#2026", ct),
            };
            outcome.IsSuccess.ShouldBeTrue(outcome.Failure?.Message);
        }

        await ShouldBeEndedAsync(bearer, browser, api, page);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_officer_narrowed_to_one_county_does_not_see_the_city_with_the_old_token(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var sealCode = await (await app.LoginAsync("shop.demo")).DeliverNewSealAsync(); // a seal of 410702, inside 4107
        var userName = await app.AddUserAsync(UserRole.PoliceOfficer, jurisdiction: "4107");
        var old = await app.LoginAsync(userName);
        await (await old.GetAsync($"/api/v1/seals/{sealCode}", ct)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        using (var scope = app.Services.CreateScope())
        {
            (await scope.ServiceProvider.GetRequiredService<ManageUserHandler>()
                .ChangeAccessAsync(Admin, userName, UserRole.PoliceOfficer, null, ["410727"], null, ct)).IsSuccess.ShouldBeTrue();
        }

        await SessionEndedAsync(await old.GetAsync($"/api/v1/seals/{sealCode}", ct));
        await SessionEndedAsync(await old.GetAsync($"/api/v1/seals?sealCode={sealCode}", ct));
        var renewed = await app.LoginAsync(userName);
        (await renewed.GetAsync($"/api/v1/seals/{sealCode}", ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Logout_ends_that_bearer_token_and_no_other_session(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var userName = await app.AddUserAsync(UserRole.PoliceOfficer, jurisdiction: "4107");
        var bearer = await app.LoginAsync(userName);
        var otherBearer = await app.LoginAsync(userName);
        var (browser, _) = await app.SignInWithCookieAsync(userName);

        (await bearer.PostAsync("/api/v1/auth/logout", null, ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await SessionEndedAsync(await bearer.GetAsync("/api/v1/seals?limit=1", ct));
        await (await otherBearer.GetAsync("/api/v1/seals?limit=1", ct)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await browser.GetAsync("/Police", ct)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await app.AuditOfAsync("User", userName)).ShouldContain(a => a.Action == "Auth.SignedOut");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_logout_page_ends_the_cookie_so_a_copy_of_it_is_refused(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var userName = await app.AddUserAsync(UserRole.PoliceOfficer, jurisdiction: "4107");
        var bearer = await app.LoginAsync(userName);
        var (browser, cookies) = await app.SignInWithCookieAsync(userName);
        var copy = new CookieContainer();
        copy.Add(cookies.GetAllCookies());
        var stolen = app.ClientWith(copy);
        await (await stolen.GetAsync("/Police", ct)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        (await SealGuardApp.PostFormAsync(browser, "/Police", "/Account/Logout", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = await stolen.GetAsync("/Police", ct);
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().ShouldContain("/Account/Login");
        (await stolen.GetAsync("/api/v1/seals?limit=1", ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await (await bearer.GetAsync("/api/v1/seals?limit=1", ct)).ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    private static async Task ShouldBeEndedAsync(HttpClient bearer, HttpClient browser, string api, string page)
    {
        var ct = TestContext.Current.CancellationToken;
        await SessionEndedAsync(await bearer.GetAsync(api, ct));
        var pageResponse = await browser.GetAsync(page, ct);
        pageResponse.StatusCode.ShouldBe(HttpStatusCode.Redirect, "a page with the old cookie goes to the login page");
        pageResponse.Headers.Location!.ToString().ShouldContain("/Account/Login");
        (await browser.GetAsync(api, ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "an API call with the old cookie");
    }

    private static async Task SessionEndedAsync(HttpResponseMessage response)
    {
        var problem = await response.ProblemAsync(HttpStatusCode.Unauthorized);
        problem.GetProperty("code").GetString().ShouldBe("Auth.SessionEnded");
        response.Headers.WwwAuthenticate.ShouldContain(h => h.Scheme == "Bearer");
    }
}
