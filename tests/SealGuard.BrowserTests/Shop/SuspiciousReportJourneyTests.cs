using Microsoft.Playwright;
using SealGuard.BrowserTests.Infrastructure;

namespace SealGuard.BrowserTests.Shop;

/// <summary>可疑情况 end to end: the shop reports, an officer takes it on and closes it with a note, the shop sees it closed.</summary>
public sealed class SuspiciousReportJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task A_shop_files_a_suspicious_report_that_an_officer_closes()
    {
        var description = "有人持复印件要求加急刻制公章，拒绝出示原件 " + Guid.NewGuid().ToString("N")[..4];
        var shop = await app.SignInAsync("shop.demo");
        var csp = await CspWatch.StartAsync(shop);
        await shop.GetByRole(AriaRole.Link, new() { Name = "可疑情况报告" }).ClickAsync();
        await shop.WaitForURLAsync("**/Shop/SuspiciousReports");
        await shop.GetByRole(AriaRole.Button, new() { Name = "提交报告" }).ClickAsync();
        await Assertions.Expect(shop.GetByTestId("error-category")).ToBeVisibleAsync();
        await Assertions.Expect(shop.GetByTestId("error-description")).ToBeVisibleAsync();
        await shop.GetByLabel("类别").SelectOptionAsync(new SelectOptionValue { Label = "证件材料疑似伪造" });
        await shop.GetByLabel("情况描述").FillAsync(description);
        await shop.GetByLabel("涉及印章编码（可选）").FillAsync("4107020000001");
        (await shop.SeriousViolationsAsync()).ShouldBeEmpty();
        await shop.GetByRole(AriaRole.Button, new() { Name = "提交报告" }).ClickAsync();
        await Assertions.Expect(shop.GetByTestId("suspicious-filed")).ToBeVisibleAsync();
        var mine = shop.GetByTestId("suspicious-table").Locator("tr").Filter(new() { HasText = description });
        await Assertions.Expect(mine.GetByTestId("suspicious-state")).ToHaveTextAsync("待处理");
        await shop.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("shop-suspicious-reports"), FullPage = true });
        csp.Violations.ShouldBeEmpty();

        var police = await app.SignInAsync("police.demo");
        await police.GetByRole(AriaRole.Link, new() { Name = "可疑情况", Exact = true }).ClickAsync();
        await police.WaitForURLAsync("**/Police/SuspiciousReports");
        await police.GetByTestId("suspicious-table").Locator("tr").Filter(new() { HasText = description }).GetByRole(AriaRole.Link).ClickAsync();
        await police.GetByRole(AriaRole.Button, new() { Name = "由我处理" }).ClickAsync();
        await Assertions.Expect(police.GetByTestId("suspicious-assignee")).ToContainTextAsync("police.demo");
        await police.GetByRole(AriaRole.Button, new() { Name = "办结" }).ClickAsync();
        await Assertions.Expect(police.GetByTestId("error-note")).ToBeVisibleAsync();
        await police.GetByLabel("办结说明").FillAsync("已联系该单位核实，系本人遗失证件原件，无违法情形");
        await police.GetByRole(AriaRole.Button, new() { Name = "办结" }).ClickAsync();
        await Assertions.Expect(police.GetByTestId("suspicious-state")).ToHaveTextAsync("已办结");
        (await police.SeriousViolationsAsync()).ShouldBeEmpty();
        await police.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("police-suspicious-closed"), FullPage = true });

        await shop.ReloadAsync();
        await Assertions.Expect(mine.GetByTestId("suspicious-state")).ToHaveTextAsync("已办结");
    }
}
