using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Codes;
using SealGuard.Core.Filings;
using SealGuard.Core.Organizations;
using SealGuard.Web.Features.Organizations;
using SealGuard.Web.Tests.Areas.Shop;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Areas.Police;

/// <summary>变更备案审核 pages: the queue and the decision, for officers of the organization's jurisdiction only.</summary>
public sealed class ChangeReviewPageTests(SharedApps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_officer_approves_a_change_the_organization_is_renamed_and_the_page_says_what_was_done(string provider)
    {
        var app = await apps.GetAsync(provider);
        var (organization, seal, id, newName) = await FileChangeAsync(app);
        var (browser, _) = await app.SignInWithCookieAsync("police.demo");
        var queue = await (await browser.GetAsync("/Police/Changes", Ct)).Content.ReadAsStringAsync(Ct).Decoded();
        queue.ShouldContain($"href=\"/Police/Changes/{id}?back=%2FPolice%2FChanges\"");
        var details = await (await browser.GetAsync($"/Police/Changes/{id}", Ct)).Content.ReadAsStringAsync(Ct).Decoded();
        details.ShouldContain(organization.Name!);
        details.ShouldContain(newName);
        details.ShouldContain($"/Police/Seals/{seal}");

        var response = await SealGuardApp.PostFormAsync(browser, $"/Police/Changes/{id}", $"/Police/Changes/{id}?handler=Approve", []);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync(Ct));
        var decided = await (await browser.GetAsync(response.Headers.Location!.OriginalString, Ct)).Content.ReadAsStringAsync(Ct).Decoded();
        decided.ShouldContain($"已通过变更，单位名称改为 {newName}，缴销印章 1 枚");
        (await app.WithDbAsync(db => db.Organizations.Where(o => o.CreditCode == organization.CreditCode).Select(o => o.Name).SingleAsync(Ct))).ShouldBe(newName);
        (await app.WithDbAsync(db => db.Seals.Where(s => s.SealCode == seal).Select(s => s.Life).SingleAsync(Ct))).ShouldBe(LifeState.Surrendered);
        (await (await browser.GetAsync("/Police/Changes", Ct)).Content.ReadAsStringAsync(Ct).Decoded()).ShouldNotContain($"href=\"/Police/Changes/{id}\"");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_rejection_without_a_reason_shows_the_error_under_the_field_and_decides_nothing(string provider)
    {
        var app = await apps.GetAsync(provider);
        var (_, _, id, _) = await FileChangeAsync(app);
        var (browser, _) = await app.SignInWithCookieAsync("police.demo");

        var response = await SealGuardApp.PostFormAsync(browser, $"/Police/Changes/{id}", $"/Police/Changes/{id}?handler=Reject", new() { ["Reason"] = " " });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        ChangeFilingPageTests.ErrorUnder(await response.Content.ReadAsStringAsync(Ct).Decoded(), "reason").ShouldBe(Messages.Get("Field.Required"));
        (await app.WithDbAsync(db => db.OrganizationChanges.Where(c => c.Id == id).Select(c => c.State).SingleAsync(Ct))).ShouldBe(OrganizationChangeState.Pending);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_rejection_with_a_reason_is_confirmed_and_the_shop_reads_the_reason_in_its_list(string provider)
    {
        var app = await apps.GetAsync(provider);
        var (organization, _, id, _) = await FileChangeAsync(app);
        var (browser, _) = await app.SignInWithCookieAsync("police.demo");

        var response = await SealGuardApp.PostFormAsync(browser, $"/Police/Changes/{id}", $"/Police/Changes/{id}?handler=Reject", new() { ["Reason"] = "营业执照与申请名称不符" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync(Ct));
        (await (await browser.GetAsync(response.Headers.Location!.OriginalString, Ct)).Content.ReadAsStringAsync(Ct).Decoded()).ShouldContain("已退回变更备案，理由：营业执照与申请名称不符");
        (await app.WithDbAsync(db => db.Organizations.Where(o => o.CreditCode == organization.CreditCode).Select(o => o.Name).SingleAsync(Ct))).ShouldBe(organization.Name);
        var (shop, _) = await app.SignInWithCookieAsync("shop.demo");
        var list = await (await shop.GetAsync("/Shop/Changes", Ct)).Content.ReadAsStringAsync(Ct).Decoded();
        list.ShouldContain("已退回");
        list.ShouldContain("退回理由：营业执照与申请名称不符");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_officer_of_another_county_neither_lists_nor_opens_nor_decides_the_change(string provider)
    {
        var app = await apps.GetAsync(provider);
        var (_, _, id, _) = await FileChangeAsync(app);
        var (browser, _) = await app.SignInWithCookieAsync("police.fengqiu");

        (await (await browser.GetAsync("/Police/Changes", Ct)).Content.ReadAsStringAsync(Ct).Decoded()).ShouldNotContain($"/Police/Changes/{id}\"");
        (await browser.GetAsync($"/Police/Changes/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // The approve form is not shown to this officer; the queue page's token stands in for it.
        (await SealGuardApp.PostFormAsync(browser, "/Police/Changes", $"/Police/Changes/{id}?handler=Approve", [])).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.WithDbAsync(db => db.OrganizationChanges.Where(c => c.Id == id).Select(c => c.State).SingleAsync(Ct))).ShouldBe(OrganizationChangeState.Pending);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_shop_user_cannot_open_the_review_pages(string provider)
    {
        var app = await apps.GetAsync(provider);
        var (_, _, id, _) = await FileChangeAsync(app);
        var (browser, _) = await app.SignInWithCookieAsync("shop.demo");

        foreach (var path in new[] { "/Police/Changes", $"/Police/Changes/{id}" })
        {
            (await browser.GetAsync(path, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, path);
        }
    }

    /// <summary>A delivered 公章 of a 红旗区 organization and a pending change renaming it that surrenders the seal, filed by shop.demo.</summary>
    private static async Task<(Web.Features.Intake.OrganizationInput Organization, string Seal, long Id, string NewName)> FileChangeAsync(SealGuardApp app)
    {
        var shop = await app.SignInAsync("shop.demo");
        var organization = TestData.Organization("410702");
        var seal = await shop.DeliverNewSealAsync(TestData.Intake(organization));
        var newName = organization.Name![..^4] + "集团有限公司";
        var response = await shop.PostAsJsonAsync("/api/v1/organization-changes", new OrganizationChangeRequest(organization.CreditCode, newName, null, "股东会决议更名", [seal]), FilingSteps.Json, Ct);
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var change = (await response.Content.ReadFromJsonAsync<OrganizationChangeView>(FilingSteps.Json, Ct))!;
        return (organization, seal, change.Id, newName);
    }
}
