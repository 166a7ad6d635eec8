using Microsoft.Playwright;
using SealGuard.BrowserTests.Infrastructure;
using SealGuard.Web.Seeding.Demo;

namespace SealGuard.BrowserTests.Police;

/// <summary>通知公告 end to end: an officer publishes to 红旗区's shops, the demo shop reads it (badge, unread highlight), the officer sees the receipt.</summary>
public sealed class NoticeJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task An_officer_publishes_a_notice_and_sees_the_shops_read_receipt()
    {
        var title = "关于规范印章保管的通知" + Guid.NewGuid().ToString("N")[..4];
        var police = await app.SignInAsync("police.demo");
        var csp = await CspWatch.StartAsync(police);
        await police.GetByRole(AriaRole.Link, new() { Name = "通知公告", Exact = true }).ClickAsync();
        await police.WaitForURLAsync("**/Police/Notices");
        await police.GetByLabel("标题").FillAsync(title);
        await police.GetByLabel("正文").FillAsync("请各店将成品印章存放于保险柜。\n<script>不应执行</script>");
        await police.GetByLabel("区划代码，如 410702").FillAsync("410702");
        await police.GetByRole(AriaRole.Button, new() { Name = "发布", Exact = true }).ClickAsync();
        await Assertions.Expect(police.GetByTestId("notice-body")).ToContainTextAsync("<script>不应执行</script>");
        var receipt = police.GetByTestId("receipts").Locator($"tr[data-shop-code='{DemoSeeder.DemoShopCode}']");
        await Assertions.Expect(receipt.GetByTestId("receipt-state")).ToContainTextAsync("未读");
        var detailsUrl = police.Url;

        var shop = await app.SignInAsync("shop.demo");
        var shopCsp = await CspWatch.StartAsync(shop);
        await Assertions.Expect(shop.GetByRole(AriaRole.Link, new() { Name = "通知公告" }).GetByTestId("nav-badge")).ToBeVisibleAsync();
        await shop.GetByRole(AriaRole.Link, new() { Name = "通知公告" }).ClickAsync();
        await shop.WaitForURLAsync("**/Shop/Notices");
        var item = shop.GetByTestId("inbox").Locator("li").Filter(new() { HasText = title });
        await Assertions.Expect(item).ToHaveAttributeAsync("data-unread", "true");
        (await shop.SeriousViolationsAsync()).ShouldBeEmpty();
        await shop.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("shop-notices"), FullPage = true });
        await item.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(shop.GetByTestId("notice-body")).ToContainTextAsync("请各店将成品印章存放于保险柜。");
        await shop.GetByRole(AriaRole.Link, new() { Name = "返回通知列表" }).ClickAsync();
        await Assertions.Expect(shop.GetByTestId("inbox").Locator("li").Filter(new() { HasText = title })).ToHaveAttributeAsync("data-unread", "false");
        shopCsp.Violations.ShouldBeEmpty();

        await police.GotoAsync(detailsUrl);
        await Assertions.Expect(receipt.GetByTestId("receipt-state")).ToContainTextAsync("已读");
        await Assertions.Expect(receipt).ToContainTextAsync("shop.demo");
        (await police.SeriousViolationsAsync()).ShouldBeEmpty();
        await police.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("police-notice-receipts"), FullPage = true });
        csp.Violations.ShouldBeEmpty();
    }
}
