using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Seeding.Demo;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Audit;

/// <summary>Who reads which audit entries: a county's admin the county's, a city admin everything, an officer nothing.</summary>
public sealed partial class AuditScopeTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_API_gives_a_county_admin_the_countys_entries_only_and_a_city_admin_all(string provider)
    {
        var app = await apps.GetAsync(provider);
        var (county, city, inCounty, elsewhere) = await ArrangeAsync(app);
        var countyClient = await app.LoginAsync(county);
        var cityClient = await app.LoginAsync(city);
        var before = await app.LastAuditIdAsync() + 1;

        var countyRows = await AuditAsync(countyClient, before);
        var cityRows = await AuditAsync(cityClient, before);

        countyRows.ShouldContain(r => r.Action == "Filing.Accepted" && r.EntityKey == inCounty);
        countyRows.ShouldNotContain(r => r.Action == "Filing.Accepted" && r.EntityKey == elsewhere);
        countyRows.ShouldContain(r => r.Action == "Auth.SignedIn" && r.EntityKey == county);
        countyRows.ShouldAllBe(r => r.DivisionCode != null && r.DivisionCode.StartsWith("410727"));
        countyRows.ShouldNotContain(r => r.Action == "Auth.SignedIn" && r.EntityKey == city, "a city-wide user's sign-in has no division");

        cityRows.ShouldContain(r => r.Action == "Filing.Accepted" && r.EntityKey == inCounty && r.DivisionCode == "410727");
        cityRows.ShouldContain(r => r.Action == "Filing.Accepted" && r.EntityKey == elsewhere && r.DivisionCode == "410702");
        cityRows.ShouldContain(r => r.Action == "Auth.SignedIn" && r.EntityKey == city && r.DivisionCode == null);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_page_shows_a_county_admin_the_countys_entries_only_and_a_city_admin_all(string provider)
    {
        var app = await apps.GetAsync(provider);
        var (county, city, inCounty, elsewhere) = await ArrangeAsync(app);
        var countyPage = await SignInToPagesAsync(app, county);
        var cityPage = await SignInToPagesAsync(app, city);
        var url = $"/Police/Audit?action=Filing.Accepted&before={await app.LastAuditIdAsync() + 1}";

        var countyHtml = await countyPage.GetStringAsync(url, TestContext.Current.CancellationToken);
        var cityHtml = await cityPage.GetStringAsync(url, TestContext.Current.CancellationToken);

        countyHtml.ShouldContain(EntityCell(inCounty));
        countyHtml.ShouldNotContain(EntityCell(elsewhere));
        cityHtml.ShouldContain(EntityCell(inCounty));
        cityHtml.ShouldContain(EntityCell(elsewhere));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_officer_is_refused_the_audit_log_on_the_page_and_the_API(string provider)
    {
        var app = await apps.GetAsync(provider);
        var officer = await app.AddUserAsync(UserRole.PoliceOfficer, jurisdiction: "410727");

        var api = await (await app.LoginAsync(officer)).GetAsync("/api/v1/audit", TestContext.Current.CancellationToken);
        var page = await (await SignInToPagesAsync(app, officer)).GetAsync("/Police/Audit", TestContext.Current.CancellationToken);

        await api.ShouldHaveStatusAsync(HttpStatusCode.Forbidden);
        page.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    /// <summary>A county admin of 410727, a city admin, and a filing in 410727 and one in 410702 (both by shop.demo).</summary>
    private static async Task<(string County, string City, string InCounty, string Elsewhere)> ArrangeAsync(SealGuardApp app)
    {
        var county = await app.AddUserAsync(UserRole.PoliceAdmin, jurisdiction: "410727");
        var city = await app.AddUserAsync(UserRole.PoliceAdmin, jurisdiction: "4107");
        var shop = await app.LoginAsync("shop.demo");
        var inCounty = await shop.FileAsync(TestData.Intake(TestData.Organization("410727")));
        var elsewhere = await shop.FileAsync(TestData.Intake(TestData.Organization("410702")));
        return (county, city, inCounty.FilingId.ToString(CultureInfo.InvariantCulture), elsewhere.FilingId.ToString(CultureInfo.InvariantCulture));
    }

    private static async Task<IReadOnlyList<AuditRow>> AuditAsync(HttpClient client, long before)
    {
        var response = await client.GetAsync($"/api/v1/audit?before={before}&limit={SearchAuditLogHandler.MaxLimit}", TestContext.Current.CancellationToken);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<AuditPage>(FilingSteps.Json, TestContext.Current.CancellationToken))!.Items;
    }

    private static string EntityCell(string filingId) => $"<span class=\"seal-code\">{filingId}</span>";

    /// <summary>A browser-like client signed in through the login page (cookie and antiforgery token).</summary>
    private static async Task<HttpClient> SignInToPagesAsync(SealGuardApp app, string userName)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await client.GetStringAsync("/Account/Login", TestContext.Current.CancellationToken);
        var token = AntiforgeryToken().Match(form).Groups["token"].Value;
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = DemoSeeder.DemoPassword,
            ["__RequestVerificationToken"] = token,
        }), TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="(?<token>[^"]+)" """)]
    private static partial Regex AntiforgeryToken();
}
