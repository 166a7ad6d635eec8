using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using SealGuard.Core.Codes;
using SealGuard.Core.Supervision;
using SealGuard.Web.Features.SuspiciousReports;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.SuspiciousReports;

/// <summary>
/// 可疑情况: a shop or an officer reports with links to a person (masked), an organization and a seal; the police of
/// the division assign and close it; a shop sees only its own, an officer only the jurisdiction's.
/// </summary>
public sealed class SuspiciousReportTests(SharedApps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_shops_report_is_assigned_and_closed_by_the_police_and_names_the_person_only_masked(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var police = await app.SignInAsync("police.demo");
        var person = IdNumber.Parse(TestData.Person().IdNumber!);
        var organization = TestData.Organization();

        var response = await shop.PostAsJsonAsync("/api/v1/suspicious-reports",
            new SuspiciousReportRequest("IdentityMismatch", "经办人与证件照片不符", person.Value, organization.CreditCode, "4107020000001"), FilingSteps.Json, Ct);
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldNotContain(person.Value);
        var filed = (await response.Content.ReadFromJsonAsync<SuspiciousReportView>(FilingSteps.Json, Ct))!;
        filed.State.ShouldBe(SuspiciousReportState.New);
        filed.MaskedIdNumber.ShouldBe(person.Masked);
        filed.DivisionCode.ShouldBe("410702");
        filed.ShopName.ShouldNotBeNull();
        var stored = await app.WithDbAsync(db => Task.FromResult(db.SuspiciousReports.Single(r => r.Id == filed.Id)));
        stored.PersonIdNumberCipher.ShouldNotBeNull().ShouldNotContain(person.Value);
        stored.PersonIdNumberIndex.ShouldNotBe(person.Value);

        (await ListAsync(police, "New")).ShouldContain(r => r.Id == filed.Id);
        var assigned = await ReadAsync(await police.PostAsJsonAsync($"/api/v1/suspicious-reports/{filed.Id}/assign", new AssignRequest(null), FilingSteps.Json, Ct));
        assigned.State.ShouldBe(SuspiciousReportState.Assigned);
        assigned.Assignee.ShouldBe("police.demo");
        await (await police.PostAsJsonAsync($"/api/v1/suspicious-reports/{filed.Id}/close", new CloseRequest(""), FilingSteps.Json, Ct)).ShouldNameFieldsAsync("note");
        var closed = await ReadAsync(await police.PostAsJsonAsync($"/api/v1/suspicious-reports/{filed.Id}/close", new CloseRequest("已核实，移交办案部门"), FilingSteps.Json, Ct));
        closed.State.ShouldBe(SuspiciousReportState.Closed);
        closed.CloseNote.ShouldBe("已核实，移交办案部门");
        await (await police.PostAsJsonAsync($"/api/v1/suspicious-reports/{filed.Id}/close", new CloseRequest("再次"), FilingSteps.Json, Ct)).ShouldBeRefusedAsync("SuspiciousReport.Closed");
        await (await police.PostAsJsonAsync($"/api/v1/suspicious-reports/{filed.Id}/assign", new AssignRequest(null), FilingSteps.Json, Ct)).ShouldBeRefusedAsync("SuspiciousReport.Closed");

        // The shop follows its report's state.
        (await ReadAsync(await shop.GetAsync($"/api/v1/suspicious-reports/{filed.Id}", Ct))).State.ShouldBe(SuspiciousReportState.Closed);
        (await app.AuditOfAsync("SuspiciousReport", filed.Id.ToString(CultureInfo.InvariantCulture))).Select(a => a.Action)
            .ShouldBe(["SuspiciousReport.Filed", "SuspiciousReport.Assigned", "SuspiciousReport.Closed", "SuspiciousReport.Viewed"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Reports_are_scoped_to_their_shop_and_division_and_only_police_handle_them(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var filed = await ReadCreatedAsync(await shop.PostAsJsonAsync("/api/v1/suspicious-reports", new SuspiciousReportRequest("UnusualOrder", "一次要求刻制十枚合同章", null, null, null), FilingSteps.Json, Ct));
        var otherShop = await app.LoginOtherShopAsync();
        var fengqiu = await app.SignInAsync("police.fengqiu");

        (await ListAsync(shop, null)).ShouldContain(r => r.Id == filed.Id);
        (await ListAsync(otherShop, null)).ShouldNotContain(r => r.Id == filed.Id);
        (await ListAsync(fengqiu, null)).ShouldNotContain(r => r.Id == filed.Id);
        await (await otherShop.GetAsync($"/api/v1/suspicious-reports/{filed.Id}", Ct)).ShouldBeNotFoundAsync("SuspiciousReport.NotFound");
        await (await fengqiu.GetAsync($"/api/v1/suspicious-reports/{filed.Id}", Ct)).ShouldBeNotFoundAsync("SuspiciousReport.NotFound");
        await (await fengqiu.PostAsJsonAsync($"/api/v1/suspicious-reports/{filed.Id}/assign", new AssignRequest(null), FilingSteps.Json, Ct)).ShouldBeNotFoundAsync("SuspiciousReport.NotFound");
        await (await fengqiu.PostAsJsonAsync($"/api/v1/suspicious-reports/{filed.Id}/close", new CloseRequest("越权"), FilingSteps.Json, Ct)).ShouldBeNotFoundAsync("SuspiciousReport.NotFound");
        (await shop.PostAsJsonAsync($"/api/v1/suspicious-reports/{filed.Id}/close", new CloseRequest("店员"), FilingSteps.Json, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // Assigning to an officer who does not see the division is refused; to one who does, accepted.
        var police = await app.SignInAsync("police.demo");
        var fengqiuId = await app.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.UserName == "police.fengqiu").Id));
        var adminId = await app.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.UserName == "police.admin").Id));
        await (await police.PostAsJsonAsync($"/api/v1/suspicious-reports/{filed.Id}/assign", new AssignRequest(fengqiuId), FilingSteps.Json, Ct)).ShouldNameFieldsAsync("assigneeUserId");
        (await ReadAsync(await police.PostAsJsonAsync($"/api/v1/suspicious-reports/{filed.Id}/assign", new AssignRequest(adminId), FilingSteps.Json, Ct))).Assignee.ShouldBe("police.admin");

        // An officer's own report names a division of the jurisdiction.
        await (await fengqiu.PostAsJsonAsync("/api/v1/suspicious-reports", new SuspiciousReportRequest("Other", "巡查发现", null, null, null, "410702"), FilingSteps.Json, Ct)).ShouldNameFieldsAsync("divisionCode");
        await (await fengqiu.PostAsJsonAsync("/api/v1/suspicious-reports", new SuspiciousReportRequest("Nope", " ", "123", "X", "1", null), FilingSteps.Json, Ct))
            .ShouldNameFieldsAsync("category", "description", "idNumber", "creditCode", "sealCode", "divisionCode");
        var own = await ReadCreatedAsync(await fengqiu.PostAsJsonAsync("/api/v1/suspicious-reports", new SuspiciousReportRequest("IllegalEngraving", "街边摊点承接私刻", null, null, null, "410727"), FilingSteps.Json, Ct));
        own.ShopName.ShouldBeNull();
        (await ListAsync(fengqiu, null)).ShouldContain(r => r.Id == own.Id);
        (await ListAsync(shop, null)).ShouldNotContain(r => r.Id == own.Id);
    }

    private static async Task<List<SuspiciousReportView>> ListAsync(HttpClient client, string? state) =>
        (await client.GetFromJsonAsync<List<SuspiciousReportView>>("/api/v1/suspicious-reports" + (state is null ? "" : "?state=" + state), FilingSteps.Json, Ct))!;

    private static async Task<SuspiciousReportView> ReadAsync(HttpResponseMessage response)
    {
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<SuspiciousReportView>(FilingSteps.Json, Ct))!;
    }

    private static async Task<SuspiciousReportView> ReadCreatedAsync(HttpResponseMessage response)
    {
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<SuspiciousReportView>(FilingSteps.Json, Ct))!;
    }
}
