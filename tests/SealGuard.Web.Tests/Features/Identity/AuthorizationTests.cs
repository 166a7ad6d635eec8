using System.Net;
using System.Net.Http.Json;
using SealGuard.Core.CodeTables;
using SealGuard.Web.Features.CodeTables;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Identity;

public sealed class AuthorizationTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Each_role_is_refused_what_is_not_its_job(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var shop = await app.LoginAsync("shop.demo");
        var manager = await app.LoginAsync("shop.manager");
        var police = await app.LoginAsync("police.demo");
        var policeAdmin = await app.LoginAsync("police.admin");
        var admin = await app.LoginAsync("admin.demo");
        var sealCode = (await shop.FileAsync(TestData.Intake())).Seals[0].SealCode;
        var person = TestData.Person();
        var rename = new CodeTableEntryInput("本地材料", true, null);

        var cases = new (string What, Func<Task<HttpResponseMessage>> Call)[]
        {
            ("police files an intake", () => police.PostAsJsonAsync("/api/v1/filings", TestData.Intake(), FilingSteps.Json, ct)),
            ("police admin files an intake", () => policeAdmin.PostAsJsonAsync("/api/v1/filings", TestData.Intake(), FilingSteps.Json, ct)),
            ("police engraves", () => police.PostAsJsonAsync($"/api/v1/seals/{sealCode}/engraving", new { engraverStaffId = 1 }, ct)),
            ("police delivers", () => police.PostAsJsonAsync($"/api/v1/seals/{sealCode}/delivery", new { recipient = person }, ct)),
            ("police reads shops/me", () => police.GetAsync("/api/v1/shops/me", ct)),
            ("shop reveals personal data", () => shop.GetAsync($"/api/v1/seals/{sealCode}?reveal=true&purpose=%E6%A1%88%E4%BB%B6%E6%A0%B8%E6%9F%A5", ct)),
            ("shop searches by ID number", () => shop.PostAsJsonAsync("/api/v1/seals/search", new { idNumber = person.IdNumber, purpose = "案件核查" }, ct)),
            ("shop manager searches by ID number", () => manager.PostAsJsonAsync("/api/v1/seals/search", new { idNumber = person.IdNumber, purpose = "案件核查" }, ct)),
            ("shop edits a code table", () => shop.PutAsJsonAsync("/api/v1/code-tables/SealMaterial/09", rename, ct)),
            ("police admin edits a code table", () => policeAdmin.PutAsJsonAsync("/api/v1/code-tables/SealMaterial/09", rename, ct)),
            ("system admin lists seals", () => admin.GetAsync("/api/v1/seals", ct)),
            ("system admin reads a seal", () => admin.GetAsync($"/api/v1/seals/{sealCode}", ct)),
            ("system admin files an intake", () => admin.PostAsJsonAsync("/api/v1/filings", TestData.Intake(), FilingSteps.Json, ct)),
            ("system admin reports a seal lost", () => admin.PostAsJsonAsync($"/api/v1/seals/{sealCode}/loss-report", new { note = "x" }, ct)),
        };

        var wrong = new List<string>();
        foreach (var (what, call) in cases)
        {
            var response = await call();
            if (response.StatusCode != HttpStatusCode.Forbidden)
            {
                wrong.Add($"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
            }
        }

        wrong.ShouldBeEmpty();
        (await app.WithDbAsync(db => Task.FromResult(db.CodeTableEntries.Any(e => e.Table == CodeTable.SealMaterial && e.Code == "09")))).ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_refused_intake_leaves_nothing_behind(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var police = await app.LoginAsync("police.demo");
        var intake = TestData.Intake();

        (await police.PostAsJsonAsync("/api/v1/filings", intake, FilingSteps.Json, ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var page = await police.GetFromJsonAsync<Web.Features.Seals.SealPage>($"/api/v1/seals?creditCode={intake.Organization!.CreditCode}", FilingSteps.Json, ct);
        page!.Items.ShouldBeEmpty();
    }
}
