using Microsoft.Playwright;
using SealGuard.BrowserTests.Infrastructure;

namespace SealGuard.BrowserTests.Shop;

/// <summary>The shop's seal work per filing, and a life change that must be confirmed.</summary>
public sealed class SealWorkJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task A_clerk_engraves_imprints_and_delivers_all_seals_of_a_filing_from_one_seals_page()
    {
        var filing = await app.FileAsync(seed: 101, engraved: false, "01", "02");
        var page = await app.SignInAsync("shop.demo");
        await page.GotoAsync("/Shop/Seals/" + filing.SealCodes[0]);
        var siblings = page.GetByTestId("siblings");
        await Assertions.Expect(siblings.Locator("a")).ToHaveAttributeAsync("href", "/Shop/Seals/" + filing.SealCodes[1]);

        await page.Locator("#EngraverStaffId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByTestId("batch-engrave").ClickAsync();
        await Assertions.Expect(page.GetByTestId("done")).ToContainTextAsync("已为本备案 2 枚印章办理登记制作");
        await Assertions.Expect(siblings).ToContainTextAsync("已制作");

        await page.Locator("summary", new() { HasText = "一并上传" }).ClickAsync();
        foreach (var code in filing.SealCodes)
        {
            await page.Locator("#batch-" + code).SetInputFilesAsync(new FilePayload { Name = code + ".png", MimeType = "image/png", Buffer = ShopSealData.ImprintPng(400) });
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "一并上传印模" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("done")).ToContainTextAsync("已为本备案 2 枚印章办理上传印模");
        // The test images carry no resolution: the clerk is told their size cannot be checked.
        await Assertions.Expect(page.GetByTestId("imprint-warning")).ToContainTextAsync("未记录分辨率");

        await page.Locator("#Recipient_name").FillAsync("王建国");
        await page.Locator("#Recipient_idNumber").FillAsync(new SealGuard.Core.Synthetic.SyntheticData(101).IdNumber("410702").Value);
        await page.GetByTestId("batch-deliver").ClickAsync();
        await Assertions.Expect(page.GetByTestId("done")).ToContainTextAsync("已为本备案 2 枚印章办理交付");
        await Assertions.Expect(page.GetByTestId("flow-state")).ToHaveTextAsync("已交付");
        await Assertions.Expect(siblings).ToContainTextAsync("已交付");
        (await page.SeriousViolationsAsync()).ShouldBeEmpty();
        await page.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("shop-seal-details"), FullPage = true });
    }

    [Fact]
    public async Task A_clerk_starts_a_filings_batch_from_the_work_queue_and_lands_on_its_batch_form()
    {
        var filing = await app.FileAsync(seed: 104, engraved: false, "01", "02");
        var page = await app.SignInAsync("shop.demo");
        await page.GotoAsync("/Shop");
        await page.GetByTestId("stage-AwaitingEngraving").ClickAsync();
        await page.WaitForURLAsync("**/Shop/Seals?stage=AwaitingEngraving");

        // One batch action per filing, however many of its seals the queue lists.
        var engraveAll = page.GetByRole(AriaRole.Link, new() { Name = $"批量刻制 2 枚：{filing.OrgName}" });
        await Assertions.Expect(engraveAll).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("result-total")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^共 [0-9,]+ 条$"));
        (await page.SeriousViolationsAsync()).ShouldBeEmpty();
        await page.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("shop-work-queue"), FullPage = false });
        await engraveAll.ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("#engrave-form", StringComparison.Ordinal));
        await page.Locator("#EngraverStaffId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByTestId("batch-engrave").ClickAsync();
        await Assertions.Expect(page.GetByTestId("done")).ToContainTextAsync("已为本备案 2 枚印章办理登记制作");

        // Next in the queue: the imprints, with the filing's batch form already open.
        await page.GotoAsync("/Shop/Seals?stage=AwaitingImprint");
        await page.GetByRole(AriaRole.Link, new() { Name = $"批量上传印模 2 枚：{filing.OrgName}" }).ClickAsync();
        foreach (var code in filing.SealCodes)
        {
            await Assertions.Expect(page.Locator("#batch-" + code)).ToBeVisibleAsync();
        }
    }

    [Fact]
    public async Task A_loss_with_the_box_unticked_is_refused_under_the_box_and_done_once_it_is_ticked()
    {
        var filing = await app.FileAsync(seed: 102, engraved: true, "01");
        var page = await app.SignInAsync("shop.demo");
        await page.GotoAsync("/Shop/Seals/" + filing.SealCodes[0]);
        await page.Locator("#Recipient_name").FillAsync("王建国");
        await page.Locator("#Recipient_idNumber").FillAsync(new SealGuard.Core.Synthetic.SyntheticData(102).IdNumber("410702").Value);
        await page.GetByRole(AriaRole.Button, new() { Name = "确认交付" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("flow-state")).ToHaveTextAsync("已交付");

        await page.Locator("summary", new() { HasText = "挂失 / 缴销" }).ClickAsync();
        await page.Locator("#life-ReportedLost").CheckAsync();
        await page.Locator("#Note").FillAsync("单位报称遗失");
        await page.GetByRole(AriaRole.Button, new() { Name = "确认办理", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("confirm-error")).ToHaveTextAsync("请先核实并勾选“我已核实，确认办理”，未勾选不予办理");
        await Assertions.Expect(page.GetByTestId("life-state")).ToHaveTextAsync("在用");
        await Assertions.Expect(page.Locator("#Note")).ToHaveValueAsync("单位报称遗失");

        await page.Locator("#lifeConfirm").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "确认办理", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("done")).ToContainTextAsync("办理挂失，原因：单位报称遗失，时间：");
        await Assertions.Expect(page.GetByTestId("life-state")).ToHaveTextAsync("挂失");
    }
}
