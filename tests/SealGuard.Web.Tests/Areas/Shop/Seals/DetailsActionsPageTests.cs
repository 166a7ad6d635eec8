using System.Net;
using SealGuard.Core.Filings;
using SealGuard.Web.Tests.Features.Seals;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Areas.Shop.Seals;

/// <summary>The seal page's forms as a browser posts them: the life change's confirmation, and the steps for a whole filing.</summary>
public sealed class DetailsActionsPageTests(SharedApps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_loss_with_the_box_unticked_is_refused_under_the_box_and_with_it_ticked_the_page_says_what_was_done(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var code = await shop.DeliverNewSealAsync();
        var (browser, _) = await app.SignInWithCookieAsync("shop.demo");
        var page = $"/Shop/Seals/{code}";
        var auditBefore = await app.LastAuditIdAsync();

        var refused = await SealGuardApp.PostFormAsync(browser, page, page + "?handler=Life", new() { ["LifeAction"] = "ReportedLost", ["Note"] = "单位报称遗失" });
        var noReason = await SealGuardApp.PostFormAsync(browser, page, page + "?handler=Life", new() { ["LifeAction"] = "ReportedLost", ["Note"] = "", ["Confirmed"] = "true" });

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(Ct));
        html.ShouldContain("data-testid=\"confirm-error\">请先核实并勾选“我已核实，确认办理”，未勾选不予办理</div>");
        html.ShouldContain(">单位报称遗失</textarea>");
        WebUtility.HtmlDecode(await noReason.Content.ReadAsStringAsync(Ct)).ShouldContain("此项为必填项");
        (await shop.GetSealAsync(code)).LifeState.ShouldBe(LifeState.InUse);
        (await app.AuditOfAsync("Seal", code)).Where(a => a.Id > auditBefore).ShouldAllBe(a => a.Action == "Seal.Viewed");

        var done = await SealGuardApp.PostFormAsync(browser, page, page + "?handler=Life",
            new() { ["LifeAction"] = "ReportedLost", ["Note"] = "单位报称遗失", ["Confirmed"] = "true" });

        done.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var seal = await shop.GetSealAsync(code);
        seal.LifeState.ShouldBe(LifeState.ReportedLost);
        var after = WebUtility.HtmlDecode(await browser.GetStringAsync(page, Ct));
        after.ShouldContain($"已为 {code[..6]} {code[6..]} 单位专用章(公章) 办理挂失，原因：单位报称遗失，时间：");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_page_lists_the_filings_other_seals_and_delivers_them_all_in_one_action(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var filing = await shop.FileAsync(TestData.Intake(sealTypes: ["01", "02"]));
        var codes = filing.Seals.Select(s => s.SealCode).ToList();
        await (await shop.BatchEngraveAsync(filing.FilingId, await shop.EngraverIdAsync())).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await shop.BatchImprintAsync(filing.FilingId, codes)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var (browser, _) = await app.SignInWithCookieAsync("shop.demo");
        var page = $"/Shop/Seals/{codes[0]}";

        var before = WebUtility.HtmlDecode(await browser.GetStringAsync(page, Ct));
        before.ShouldContain($"href=\"/Shop/Seals/{codes[1]}\"");
        before.ShouldContain("同一备案的其他印章（1 枚）");
        before.ShouldContain("本备案全部交付（2 枚）");

        var recipient = TestData.Person();
        var delivered = await SealGuardApp.PostFormAsync(browser, page, page + "?handler=BatchDeliver",
            new() { ["Recipient.Name"] = recipient.Name!, ["Recipient.IdNumber"] = recipient.IdNumber!, ["Recipient.Phone"] = recipient.Phone! });

        delivered.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        foreach (var code in codes)
        {
            (await shop.GetSealAsync(code)).FlowState.ShouldBe(FlowState.Delivered);
        }

        WebUtility.HtmlDecode(await browser.GetStringAsync(page, Ct)).ShouldContain($"已为本备案 2 枚印章办理交付：{codes[0][..6]} {codes[0][6..]}、{codes[1][..6]} {codes[1][6..]}");
    }
}
