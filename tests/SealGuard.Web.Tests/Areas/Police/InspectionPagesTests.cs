using System.Net;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Codes;
using SealGuard.Core.Inspections;
using SealGuard.Web.Features.Inspections;
using SealGuard.Web.Seeding.Demo;
using SealGuard.Web.Tests.Areas.Shop;
using SealGuard.Web.Tests.Features.Inspections;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Areas.Police;

/// <summary>监督检查 pages: the record form, the details and lists, the recheck, the check-list admin; all within the officer's jurisdiction.</summary>
public sealed class InspectionPagesTests(SharedApps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_form_records_an_inspection_with_a_photo_and_a_failed_item_issues_the_notice_shown_on_its_page(string provider)
    {
        var app = await apps.GetAsync(provider);
        var (browser, _) = await app.SignInWithCookieAsync("police.demo");
        var template = await (await app.LoginAsync("police.demo")).DefaultTemplateAsync();
        var form = await (await browser.GetAsync($"/Police/Inspections/New?shopCode={DemoSeeder.DemoShopCode}", Ct)).Content.ReadAsStringAsync(Ct).Decoded();
        form.ShouldContain(template.Items[0].LegalBasis);

        var response = await PostInspectionAsync(browser, template, DemoSeeder.DemoShopCode, failed: 4, note: "登记簿缺少近三日记录", photo: TestData.Png(320, 240));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync(Ct));
        var location = response.Headers.Location!.OriginalString;
        var id = long.Parse(location.Split('/', '?')[3], System.Globalization.CultureInfo.InvariantCulture);
        var details = await (await browser.GetAsync(location, Ct)).Content.ReadAsStringAsync(Ct).Decoded();
        details.ShouldContain("检查记录已保存。");
        details.ShouldContain("登记簿缺少近三日记录");
        details.ShouldContain($"/api/v1/inspections/{id}/record.pdf");
        details.ShouldContain("现场照片（1 张）");
        var rectificationId = await app.WithDbAsync(db => db.Rectifications.Where(r => r.InspectionId == id).Select(r => r.Id).SingleAsync(Ct));
        details.ShouldContain($"href=\"/Police/Rectifications/{rectificationId}\"");
        var list = await (await browser.GetAsync($"/Police/Inspections?shopCode={DemoSeeder.DemoShopCode}", Ct)).Content.ReadAsStringAsync(Ct).Decoded();
        list.ShouldContain($"data-inspection-id=\"{id}\"");
        var open = await (await browser.GetAsync("/Police/Rectifications", Ct)).Content.ReadAsStringAsync(Ct).Decoded();
        open.ShouldContain($"data-rectification-id=\"{rectificationId}\"");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_failed_item_without_its_finding_is_shown_under_the_item_and_nothing_is_recorded(string provider)
    {
        var app = await apps.GetAsync(provider);
        var (browser, _) = await app.SignInWithCookieAsync("police.demo");
        var template = await (await app.LoginAsync("police.demo")).DefaultTemplateAsync();
        var shopCode = await app.ShopCodeInAsync("410703");
        var before = await app.WithDbAsync(db => db.Inspections.CountAsync(i => db.Shops.Any(s => s.Id == i.ShopId && s.ShopCode == shopCode), Ct));

        var response = await PostInspectionAsync(browser, template, shopCode, failed: 2, note: " ", photo: null);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync(Ct).Decoded();
        ChangeFilingPageTests.ErrorUnder(html, "results[1].note").ShouldBe(Messages.Get("Inspection.FailureNoteRequired"));
        html.ShouldContain($"<option value=\"{shopCode}\" selected=\"selected\">", Case.Sensitive, "the form keeps the chosen shop");
        (await app.WithDbAsync(db => db.Inspections.CountAsync(i => db.Shops.Any(s => s.Id == i.ShopId && s.ShopCode == shopCode), Ct))).ShouldBe(before);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_recheck_with_an_item_left_unrectified_needs_a_decision_and_all_rectified_closes_the_notice(string provider)
    {
        var app = await apps.GetAsync(provider);
        var inspection = await (await app.LoginAsync("police.demo")).InspectAsync(DemoSeeder.DemoShopCode, 5);
        var id = inspection.RectificationId!.Value;
        var itemId = await app.WithDbAsync(db => db.Rectifications.Where(r => r.Id == id).SelectMany(r => r.Items).Select(i => i.Id).SingleAsync(Ct));
        var (browser, _) = await app.SignInWithCookieAsync("police.demo");
        var page = $"/Police/Rectifications/{id}";

        var undecided = await SealGuardApp.PostFormAsync(browser, page, page, new()
        {
            ["Form.Officers"] = "张伟",
            ["Form.Items[0].ItemId"] = itemId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Form.Items[0].Rectified"] = "false",
        });
        undecided.StatusCode.ShouldBe(HttpStatusCode.OK);
        ChangeFilingPageTests.ErrorUnder(await undecided.Content.ReadAsStringAsync(Ct).Decoded(), "decision").ShouldBe(Messages.Get("Rectification.DecisionRequired"));

        var closing = await SealGuardApp.PostFormAsync(browser, page, page, new()
        {
            ["Form.Officers"] = "张伟",
            ["Form.Notes"] = "现场复查已整改",
            ["Form.Items[0].ItemId"] = itemId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Form.Items[0].Rectified"] = "true",
        });

        closing.StatusCode.ShouldBe(HttpStatusCode.Redirect, await closing.Content.ReadAsStringAsync(Ct));
        var after = await (await browser.GetAsync(closing.Headers.Location!.OriginalString, Ct)).Content.ReadAsStringAsync(Ct).Decoded();
        after.ShouldContain("复查合格，整改通知已办结。");
        after.ShouldNotContain("data-testid=\"recheck-form\"");
        (await app.WithDbAsync(db => db.Rectifications.Where(r => r.Id == id).Select(r => r.State).SingleAsync(Ct))).ShouldBe(RectificationState.Closed);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_officer_of_410727_neither_lists_nor_opens_nor_rechecks_a_410702_inspection(string provider)
    {
        var app = await apps.GetAsync(provider);
        var inspection = await (await app.LoginAsync("police.demo")).InspectAsync(DemoSeeder.DemoShopCode, 1);
        var rectificationId = inspection.RectificationId!.Value;
        var (fengqiu, _) = await app.SignInWithCookieAsync("police.fengqiu");

        foreach (var path in new[] { $"/Police/Inspections/{inspection.Id}", $"/Police/Rectifications/{rectificationId}" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Accept.ParseAdd("text/html");
            var response = await fengqiu.SendAsync(request, Ct);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
            (await response.Content.ReadAsStringAsync(Ct).Decoded()).ShouldContain("页面不存在");
        }

        (await (await fengqiu.GetAsync("/Police/Inspections", Ct)).Content.ReadAsStringAsync(Ct)).ShouldNotContain($"data-inspection-id=\"{inspection.Id}\"");
        (await (await fengqiu.GetAsync("/Police/Rectifications?state=All", Ct)).Content.ReadAsStringAsync(Ct)).ShouldNotContain($"data-rectification-id=\"{rectificationId}\"");
        (await (await fengqiu.GetAsync("/Police/Inspections/New", Ct)).Content.ReadAsStringAsync(Ct)).ShouldNotContain($"value=\"{DemoSeeder.DemoShopCode}\"", Case.Sensitive, "only the county's shops to choose from");
        var recheck = await SealGuardApp.PostFormAsync(fengqiu, "/Police/Rectifications", $"/Police/Rectifications/{rectificationId}", new() { ["Form.Officers"] = "赵磊", ["Form.Decision"] = "ProposePenalty" });
        recheck.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var template = await (await app.LoginAsync("police.fengqiu")).DefaultTemplateAsync();
        (await PostInspectionAsync(fengqiu, template, DemoSeeder.DemoShopCode, failed: 1, note: "越权", photo: null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.WithDbAsync(db => db.Rectifications.Where(r => r.Id == rectificationId).Select(r => r.State).SingleAsync(Ct))).ShouldBe(RectificationState.Open);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Only_the_police_admin_edits_check_lists_and_an_item_without_its_legal_basis_is_refused_under_its_row(string provider)
    {
        var app = await apps.GetAsync(provider);
        var (officer, _) = await app.SignInWithCookieAsync("police.demo");
        (await officer.GetAsync("/Police/Checklists", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await officer.GetAsync("/Police/Checklists/Edit", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var (admin, _) = await app.SignInWithCookieAsync("police.admin");
        var name = "检查表测试" + Guid.NewGuid().ToString("N")[..6];

        var refused = await SealGuardApp.PostFormAsync(admin, "/Police/Checklists/Edit", "/Police/Checklists/Edit", new()
        {
            ["Name"] = name,
            ["Items[0].Text"] = "是否张贴治安管理制度",
            ["Items[0].LegalBasis"] = "《印铸刻字业暂行管理规则》第三条",
            ["Items[1].Text"] = "",
            ["Items[1].LegalBasis"] = "",
            ["Items[2].Text"] = "是否配备监控设备",
            ["Items[2].LegalBasis"] = " ",
        });

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        ChangeFilingPageTests.ErrorUnder(await refused.Content.ReadAsStringAsync(Ct).Decoded(), "items[1].legalBasis").ShouldBe(Messages.Get("Field.Required"),
            "the blank row is dropped, the second item sent is row 2 of the form shown again");
        (await app.WithDbAsync(db => db.ChecklistTemplates.AnyAsync(t => t.Name == name, Ct))).ShouldBeFalse();

        var saved = await SealGuardApp.PostFormAsync(admin, "/Police/Checklists/Edit", "/Police/Checklists/Edit", new()
        {
            ["Name"] = name,
            ["Items[0].Text"] = "是否张贴治安管理制度",
            ["Items[0].LegalBasis"] = "《印铸刻字业暂行管理规则》第三条",
            ["Items[1].Text"] = "是否配备监控设备",
            ["Items[1].LegalBasis"] = "《公章刻制业治安管理规范》",
        });

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync(Ct));
        var listed = await (await admin.GetAsync(saved.Headers.Location!.OriginalString, Ct)).Content.ReadAsStringAsync(Ct).Decoded();
        listed.ShouldContain($"已保存：{name}（第 1 版）");
        listed.ShouldContain("《公章刻制业治安管理规范》");
    }

    /// <summary>The record form as the phone sends it: every item passed except <paramref name="failed"/> (a position), with its note and an optional photo.</summary>
    internal static async Task<HttpResponseMessage> PostInspectionAsync(HttpClient browser, ChecklistTemplateView template, string shopCode, int failed, string note, byte[]? photo)
    {
        var html = await (await browser.GetAsync("/Police/Inspections/New", Ct)).Content.ReadAsStringAsync(Ct);
        var form = new MultipartFormDataContent
        {
            { new StringContent(PageBrowser.AntiforgeryToken(html)), "__RequestVerificationToken" },
            { new StringContent(shopCode), "ShopCode" },
            { new StringContent(template.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), "TemplateId" },
            { new StringContent("张伟、李强"), "Form.Officers" },
            { new StringContent("35.3030"), "Form.Latitude" },
            { new StringContent("113.9268"), "Form.Longitude" },
        };
        for (var i = 0; i < template.Items.Count; i++)
        {
            var item = template.Items[i];
            form.Add(new StringContent(item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), $"Form.Results[{i}].ItemId");
            form.Add(new StringContent(item.Position == failed ? nameof(CheckOutcome.Fail) : nameof(CheckOutcome.Pass)), $"Form.Results[{i}].Outcome");
            if (item.Position == failed)
            {
                form.Add(new StringContent(note), $"Form.Results[{i}].Note");
            }
        }

        if (photo is not null)
        {
            form.Add(new ByteArrayContent(photo), "photos", "site.png");
        }

        return await browser.PostAsync("/Police/Inspections/New", form, Ct);
    }
}
