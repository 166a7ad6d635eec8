using System.Net;
using System.Text.RegularExpressions;
using SealGuard.Web.Seeding.Demo;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Pages;

/// <summary>The console navigation shows an entry only to a role with its capability, and a sign-in lands on the role's first entry.</summary>
public sealed partial class NavigationTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_audit_log_is_in_the_navigation_of_the_police_admin_only(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;

        var officer = await app.SignInPagesAsync("police.demo");
        var admin = await app.SignInPagesAsync("police.admin");

        var officerEntries = Entries(await officer.GetStringAsync("/Police", ct));
        var adminEntries = Entries(await admin.GetStringAsync("/Police", ct));
        officerEntries.ShouldBe(["/Police", "/Police/Reports", "/Police/Seals", "/Police/Shops", "/Police/Inspections", "/Police/Rectifications", "/Police/Penalties", "/Police/SuspiciousReports", "/Police/Notices", "/Police/Alerts", "/Police/Staff", "/Police/ShopFilings", "/Police/Reviews", "/Police/Changes"]);
        adminEntries.ShouldBe(["/Police", "/Police/Reports", "/Police/Seals", "/Police/Shops", "/Police/Inspections", "/Police/Rectifications", "/Police/Penalties", "/Police/SuspiciousReports", "/Police/Notices", "/Police/WatchList", "/Police/Alerts", "/Police/Staff", "/Police/ShopFilings", "/Police/Reviews", "/Police/Changes", "/Police/Audit", "/Police/Alerts/Rules", "/Police/Checklists"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Each_role_sees_its_own_entries_and_lands_on_the_first(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;

        foreach (var (user, home, entries) in new[]
        {
            ("shop.manager", "/Shop", new[] { "/Shop", "/Shop/Intake", "/Shop/Seals", "/Shop/Notices", "/Shop/Rectifications", "/Shop/SuspiciousReports", "/Shop/Changes", "/Shop/Staff", "/Shop/Standing", "/Shop/Filing", "/Shop/Inspections" }),
            ("admin.demo", "/Admin/Users", ["/Admin/Users", "/Admin/CodeTables", "/Admin/Divisions"]),
        })
        {
            var client = app.ClientWith(new CookieContainer());
            var signedIn = await SealGuardApp.PostFormAsync(client, "/Account/Login", "/Account/Login",
                new() { ["Input.UserName"] = user, ["Input.Password"] = DemoSeeder.DemoPassword });
            signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            signedIn.Headers.Location?.OriginalString.ShouldBe(home, user);
            string.Join(" ", Entries(await client.GetStringAsync(home, ct))).ShouldBe(string.Join(" ", entries), user);
        }

        Entries(await app.CreateClient().GetStringAsync("/", ct)).ShouldBeEmpty("an anonymous visitor gets the public navigation only");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task On_a_sub_page_only_its_own_entry_is_highlighted_under_task_headings(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var code = await (await app.SignInAsync("shop.demo")).DeliverNewSealAsync();
        var officer = await app.SignInPagesAsync("police.demo");

        foreach (var (path, current) in new[] { ($"/Police/Seals/{code}", "/Police/Seals"), ("/Police", "/Police"), ("/Police/Shops", "/Police/Shops") })
        {
            var html = await officer.GetStringAsync(path, ct);
            ActiveEntries(html).ShouldBe([current], path);
        }

        var headings = Heading().Matches(await officer.GetStringAsync("/Police", ct)).Select(m => m.Groups["text"].Value).ToList();
        headings.ShouldBe(["监管查询", "审核与审计"]);
    }

    private static List<string> ActiveEntries(string html) =>
        SideNavigation().Match(html) is { Success: true } nav
            ? [.. ActiveEntry().Matches(nav.Value).Select(m => m.Groups["href"].Value)]
            : [];

    private static List<string> Entries(string html) =>
        SideNavigation().Match(html) is { Success: true } nav
            ? [.. Entry().Matches(nav.Value).Select(m => m.Groups["href"].Value)]
            : [];

    [GeneratedRegex("<nav class=\"offcanvas-lg[^\"]*\"[^>]*>.*?</nav>", RegexOptions.Singleline)]
    private static partial Regex SideNavigation();

    [GeneratedRegex("<a class=\"nav-link[^\"]*\" href=\"(?<href>[^\"]+)\"")]
    private static partial Regex Entry();

    [GeneratedRegex("<a class=\"nav-link active\" href=\"(?<href>[^\"]+)\"")]
    private static partial Regex ActiveEntry();

    [GeneratedRegex("<button class=\"btn sg-nav-heading[^\"]*\"[^>]*>(?<text>[^<]+)</button>")]
    private static partial Regex Heading();
}
