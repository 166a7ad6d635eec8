using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Filings;
using SealGuard.Core.Organizations;
using SealGuard.Web.Features.Organizations;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Organizations;

/// <summary>
/// 变更备案: a shop files a change of name or legal representative; police of the organization's jurisdiction approve it
/// (the master record changes and the chosen seals are surrendered in one change) or reject it, once.
/// </summary>
public sealed class ChangeFilingTests(SharedApps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_approved_change_renames_the_organization_and_surrenders_the_chosen_seals(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var organization = TestData.Organization();
        var publicSeal = await shop.DeliverNewSealAsync(TestData.Intake(organization));
        var financeSeal = await shop.DeliverNewSealAsync(TestData.Intake(organization, sealTypes: ["02"]));
        var newName = organization.Name![..^4] + "集团有限公司";
        var newLegalRepresentative = TestData.Person();

        var filed = await FileAsync(shop, new OrganizationChangeRequest(organization.CreditCode, newName, newLegalRepresentative, "股东会决议更名并变更法定代表人", [publicSeal]));
        filed.State.ShouldBe(OrganizationChangeState.Pending);
        (await MasterNameAsync(app, organization.CreditCode!)).ShouldBe(organization.Name);

        var approved = await (await (await app.SignInAsync("police.demo")).PostAsync($"/api/v1/organization-changes/{filed.Id}/approve", null, Ct)).ReadAsync();

        approved.State.ShouldBe(OrganizationChangeState.Approved);
        approved.OldName.ShouldBe(organization.Name);
        approved.NewName.ShouldBe(newName);
        approved.NewLegalRepresentativeName.ShouldBe(newLegalRepresentative.Name);
        (await MasterNameAsync(app, organization.CreditCode!)).ShouldBe(newName);
        var surrendered = await shop.GetSealAsync(publicSeal);
        surrendered.LifeState.ShouldBe(LifeState.Surrendered);
        surrendered.History[^1].Action.ShouldBe(SealAction.Surrendered);
        surrendered.History[^1].Actor.ShouldBe("police.demo");
        surrendered.History[^1].Note.ShouldNotBeNull().ShouldContain("变更备案");
        (await shop.GetSealAsync(financeSeal)).LifeState.ShouldBe(LifeState.InUse);
        (await app.AuditOfAsync("OrganizationChange", filed.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).Select(a => a.Action)
            .ShouldBe(["OrganizationChange.Filed", "OrganizationChange.Approved"]);
        (await app.AuditOfAsync("Seal", publicSeal)).Select(a => a.Action).ShouldContain("Seal.Surrendered");

        // An intake now presents the new record; one presenting the old record is refused.
        var renamed = organization with { Name = newName, LegalRepresentative = newLegalRepresentative };
        await shop.FileAsync(TestData.Intake(renamed));
        await (await shop.PostIntakeAsync(TestData.Intake(organization, sealTypes: ["04"]))).ShouldBeRefusedAsync("Organization.ChangeFilingRequired");

        // The finance seal kept in use still answers under the name engraved on it, not under the new name.
        (await VerifyAsync(app, financeSeal, organization.Name!)).GetProperty("result").GetString().ShouldBe("Valid");
        (await VerifyAsync(app, financeSeal, newName)).GetProperty("result").GetString().ShouldBe("NotFound");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_rejected_change_keeps_the_record_and_cannot_be_decided_again(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var police = await app.SignInAsync("police.demo");
        var organization = TestData.Organization();
        var seal = await shop.DeliverNewSealAsync(TestData.Intake(organization));
        var filed = await FileAsync(shop, new OrganizationChangeRequest(organization.CreditCode, "新乡市另名商贸有限公司", null, "更名", [seal]));

        await (await police.PostAsJsonAsync($"/api/v1/organization-changes/{filed.Id}/reject", new ReviewRequest(" "), FilingSteps.Json, Ct)).ShouldNameFieldsAsync("reason");
        var rejected = await (await police.PostAsJsonAsync($"/api/v1/organization-changes/{filed.Id}/reject", new ReviewRequest("营业执照与申请名称不符"), FilingSteps.Json, Ct)).ReadAsync();

        rejected.State.ShouldBe(OrganizationChangeState.Rejected);
        rejected.ReviewNote.ShouldBe("营业执照与申请名称不符");
        await (await police.PostAsync($"/api/v1/organization-changes/{filed.Id}/approve", null, Ct)).ShouldBeRefusedAsync("OrganizationChange.NotPending");
        (await MasterNameAsync(app, organization.CreditCode!)).ShouldBe(organization.Name);
        (await shop.GetSealAsync(seal)).LifeState.ShouldBe(LifeState.InUse);

        // Decided, it no longer blocks a new filing for the organization.
        await FileAsync(shop, new OrganizationChangeRequest(organization.CreditCode, "新乡市另名商贸有限公司", null, "更名（补正材料）", []));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_change_must_change_something_concern_a_known_organization_and_be_the_only_pending_one(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var organization = TestData.Organization();
        var accepted = (await shop.FileAsync(TestData.Intake(organization))).Seals[0].SealCode;

        await (await PostAsync(shop, new OrganizationChangeRequest(TestData.Organization().CreditCode, "新乡市甲商贸有限公司", null, "更名", []))).ShouldNameFieldsAsync("creditCode");
        await (await PostAsync(shop, new OrganizationChangeRequest(organization.CreditCode, null, null, "更名", []))).ShouldBeRefusedAsync("OrganizationChange.NothingChanged");
        await (await PostAsync(shop, new OrganizationChangeRequest(organization.CreditCode, organization.Name, null, "更名", []))).ShouldBeRefusedAsync("OrganizationChange.SameName");
        await (await PostAsync(shop, new OrganizationChangeRequest(organization.CreditCode, null, organization.LegalRepresentative, "变更法定代表人", [])))
            .ShouldBeRefusedAsync("OrganizationChange.SameLegalRepresentative");
        var problem = await (await PostAsync(shop, new OrganizationChangeRequest(organization.CreditCode, "新乡市乙商贸有限公司", null, "更名", [accepted]))).ShouldBeRefusedAsync("OrganizationChange.SealNotInUse");
        problem.GetProperty("errors").TryGetProperty("surrenderSealCodes[0]", out _).ShouldBeTrue();
        await (await PostAsync(shop, new OrganizationChangeRequest(organization.CreditCode, "新乡市乙商贸有限公司", null, null, []))).ShouldNameFieldsAsync("note");

        await FileAsync(shop, new OrganizationChangeRequest(organization.CreditCode, "新乡市乙商贸有限公司", null, "更名", []));
        await (await PostAsync(shop, new OrganizationChangeRequest(organization.CreditCode, "新乡市丙商贸有限公司", null, "更名", []))).ShouldBeRefusedAsync("OrganizationChange.AlreadyPending");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Shops_see_their_own_changes_police_their_jurisdiction_and_only_police_decide(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var organization = TestData.Organization("410702");
        await shop.FileAsync(TestData.Intake(organization));
        var filed = await FileAsync(shop, new OrganizationChangeRequest(organization.CreditCode, "新乡市丁商贸有限公司", null, "更名", []));
        var otherShop = await app.LoginOtherShopAsync();
        var fengqiu = await app.SignInAsync("police.fengqiu");

        (await ListAsync(shop)).ShouldContain(filed.Id);
        (await ListAsync(await app.SignInAsync("police.demo"))).ShouldContain(filed.Id);
        (await ListAsync(otherShop)).ShouldNotContain(filed.Id);
        (await ListAsync(fengqiu)).ShouldNotContain(filed.Id);
        await (await otherShop.GetAsync($"/api/v1/organization-changes/{filed.Id}", Ct)).ShouldBeNotFoundAsync("OrganizationChange.NotFound");
        await (await fengqiu.GetAsync($"/api/v1/organization-changes/{filed.Id}", Ct)).ShouldBeNotFoundAsync("OrganizationChange.NotFound");
        await (await fengqiu.PostAsync($"/api/v1/organization-changes/{filed.Id}/approve", null, Ct)).ShouldBeNotFoundAsync("OrganizationChange.NotFound");
        (await shop.PostAsync($"/api/v1/organization-changes/{filed.Id}/approve", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.SignInAsync("police.demo")).PostAsJsonAsync("/api/v1/organization-changes", new OrganizationChangeRequest(organization.CreditCode, "x", null, "x", []), FilingSteps.Json, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var detail = await (await shop.GetAsync($"/api/v1/organization-changes/{filed.Id}", Ct)).ReadAsync();
        detail.State.ShouldBe(OrganizationChangeState.Pending);
        (await MasterNameAsync(app, organization.CreditCode!)).ShouldBe(organization.Name);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Of_parallel_approvals_exactly_one_wins(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var organization = TestData.Organization();
        await shop.FileAsync(TestData.Intake(organization));

        // No seal to surrender: the seals' own concurrency tokens play no part, only the change's.
        var filed = await FileAsync(shop, new OrganizationChangeRequest(organization.CreditCode, "新乡市戊商贸有限公司", TestData.Person(), "更名并变更法定代表人", []));
        var officers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => app.LoginAsync("police.demo")));

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => officers[i % officers.Length].PostAsync($"/api/v1/organization-changes/{filed.Id}/approve", null, Ct)));

        var statuses = responses.Select(r => r.StatusCode).ToList();
        statuses.Count(s => s == HttpStatusCode.OK).ShouldBe(1, string.Join(",", statuses));
        statuses.Count(s => s == HttpStatusCode.Conflict).ShouldBe(9, string.Join(",", statuses));
        (await app.AuditOfAsync("OrganizationChange", filed.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).Count(a => a.Action == "OrganizationChange.Approved").ShouldBe(1);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, OrganizationChangeRequest request) =>
        client.PostAsJsonAsync("/api/v1/organization-changes", request, FilingSteps.Json, Ct);

    private static async Task<OrganizationChangeView> FileAsync(HttpClient client, OrganizationChangeRequest request)
    {
        var response = await PostAsync(client, request);
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<OrganizationChangeView>(FilingSteps.Json, Ct))!;
    }

    private static async Task<List<long>> ListAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<OrganizationChangePage>("/api/v1/organization-changes", FilingSteps.Json, Ct))!.Items.Select(c => c.Id).ToList();

    private static Task<string> MasterNameAsync(SealGuardApp app, string creditCode) =>
        app.WithDbAsync(db => db.Organizations.Where(o => o.CreditCode == creditCode).Select(o => o.Name).SingleAsync(Ct));

    private static async Task<JsonElement> VerifyAsync(SealGuardApp app, string sealCode, string name) =>
        await app.AnonymousClient().GetFromJsonAsync<JsonElement>($"/api/v1/public/verification?sealCode={sealCode}&orgName={Uri.EscapeDataString(name)}", Ct);
}

internal static class ChangeFilingResponses
{
    public static async Task<OrganizationChangeView> ReadAsync(this HttpResponseMessage response)
    {
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<OrganizationChangeView>(FilingSteps.Json))!;
    }
}
