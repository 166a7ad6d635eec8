using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using SealGuard.Core;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Intake;
using SealGuard.Web.Seeding.Demo;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Audit;

/// <summary>
/// The audit log as a supervisor reads it: actions and objects in words (the seal code, the organization's, shop's or
/// user's name), and the filters by action, user, object and China calendar day, with a total.
/// </summary>
public sealed class SearchAuditLogTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_API_names_the_action_and_the_object_and_filters_by_seal_code_filing_and_credit_code(string provider)
    {
        var app = await apps.GetAsync(provider);
        var (admin, organization, filing, sealCode) = await ArrangeAsync(app);
        var police = await app.LoginAsync(admin);
        await police.GetSealAsync(sealCode);
        var pages = await app.SignInPagesAsync(admin);
        (await pages.GetAsync($"/Police/Organizations/{organization.CreditCode}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var bySeal = await SearchAsync(police, $"target={Uri.EscapeDataString(sealCode[..6] + " " + sealCode[6..])}");
        var byFiling = await SearchAsync(police, $"action=Filing.Accepted&target={filing}");
        var byCreditCode = await SearchAsync(police, $"target={organization.CreditCode!.ToLowerInvariant()}");

        bySeal.Items.ShouldNotBeEmpty();
        bySeal.Items.ShouldAllBe(r => r.EntityType == "Seal" && r.EntityKey == sealCode);
        bySeal.Total.ShouldBe(bySeal.Items.Count);
        bySeal.Items.ShouldContain(r => r.Action == "Seal.Viewed" && r.ActionName == "查看印章" && r.EntityTypeName == "印章" && r.EntityName == organization.Name && r.ActorName == admin);
        var accepted = byFiling.Items.ShouldHaveSingleItem();
        (accepted.ActionName, accepted.EntityTypeName, accepted.EntityName, accepted.ActorName).ShouldBe(("受理刻章备案", "备案", organization.Name, "shop.demo"));
        byFiling.Total.ShouldBe(1);
        byCreditCode.Items.ShouldContain(r => r.Action == "Organization.Viewed" && r.ActionName == "查看单位" && r.EntityName == organization.Name);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_API_filters_by_the_users_login_or_name_and_by_China_days(string provider)
    {
        var app = await apps.GetAsync(provider);
        var (admin, _, _, sealCode) = await ArrangeAsync(app);
        var police = await app.LoginAsync(admin);
        await police.GetSealAsync(sealCode);

        var byLogin = await SearchAsync(police, $"userName={admin}&action=Seal.");
        var byName = await SearchAsync(police, $"userName={Uri.EscapeDataString(DisplayName(admin))}&action=Seal.");
        var viewed = byLogin.Items.ShouldHaveSingleItem();
        var day = ChinaTime.DateOf(viewed.OccurredAt);
        var thatDay = await SearchAsync(police, $"userName={admin}&action=Seal.Viewed&from={Day(day)}&to={Day(day)}");
        var dayAfter = await SearchAsync(police, $"userName={admin}&action=Seal.Viewed&from={Day(day.AddDays(1))}");
        var dayBefore = await SearchAsync(police, $"userName={admin}&action=Seal.Viewed&to={Day(day.AddDays(-1))}");
        var reversed = await police.GetAsync($"/api/v1/audit?from={Day(day)}&to={Day(day.AddDays(-1))}", TestContext.Current.CancellationToken);

        (viewed.ActorName, viewed.ActorDisplayName, viewed.EntityKey).ShouldBe((admin, DisplayName(admin), sealCode));
        byName.Items.ShouldHaveSingleItem().Id.ShouldBe(viewed.Id);
        thatDay.Items.ShouldHaveSingleItem().Id.ShouldBe(viewed.Id);
        dayAfter.Total.ShouldBe(0);
        dayBefore.Total.ShouldBe(0);
        var problem = await reversed.ProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty("to")[0].GetString().ShouldBe("结束日期不能早于开始日期");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_page_shows_Chinese_action_names_the_organization_a_seal_code_link_and_the_total(string provider)
    {
        var app = await apps.GetAsync(provider);
        var (admin, organization, _, sealCode) = await ArrangeAsync(app);
        var police = await app.LoginAsync(admin);
        await police.GetSealAsync(sealCode);
        var pages = await app.SignInPagesAsync(admin);

        var html = WebUtility.HtmlDecode(await pages.GetStringAsync($"/Police/Audit?action=Seal.&target={sealCode}&userName={admin}", TestContext.Current.CancellationToken));

        html.ShouldContain("<td>查看印章</td>");
        html.ShouldNotContain(">Seal.Viewed<");
        html.ShouldContain($"<a class=\"seal-code\" href=\"/Police/Seals/{sealCode}\">{sealCode[..6]} {sealCode[6..]}</a>");
        html.ShouldContain(organization.Name!);
        html.ShouldContain("共 1 条");
        html.ShouldContain($"value=\"{sealCode}\"", customMessage: "the object filter keeps what was typed");
        html.ShouldContain("<option value=\"Seal.\" selected=\"selected\">印章（全部）</option>");
    }

    /// <summary>A city-wide admin with a name, and a filing in 410727 by shop.demo.</summary>
    private static async Task<(string Admin, OrganizationInput Organization, long FilingId, string SealCode)> ArrangeAsync(SealGuardApp app)
    {
        var admin = "t.audit." + Guid.NewGuid().ToString("N")[..12];
        var (exitCode, output) = await app.RunCliAsync("users", "add", "--username", admin, "--display-name", DisplayName(admin), "--password", DemoSeeder.DemoPassword,
            "--role", nameof(UserRole.PoliceAdmin), "--jurisdiction", "4107");
        exitCode.ShouldBe(0, output);
        var organization = TestData.Organization("410727");
        var filing = await (await app.LoginAsync("shop.demo")).FileAsync(TestData.Intake(organization));
        return (admin, organization, filing.FilingId, filing.Seals[0].SealCode);
    }

    private static string DisplayName(string admin) => "审计员" + admin[^6..];

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<AuditPage> SearchAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/v1/audit?{query}&limit={SearchAuditLogHandler.MaxLimit}", TestContext.Current.CancellationToken);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<AuditPage>(FilingSteps.Json, TestContext.Current.CancellationToken))!;
    }
}
