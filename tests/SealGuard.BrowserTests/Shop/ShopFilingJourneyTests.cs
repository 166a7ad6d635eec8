using Microsoft.Playwright;
using SealGuard.BrowserTests.Infrastructure;
using SealGuard.Web.Seeding.Demo;

namespace SealGuard.BrowserTests.Shop;

/// <summary>
/// 刻章业备案 end to end: the demo shop's manager re-files an address change, police.demo sees the change marked and
/// returns it with a reason, the manager corrects and re-files, the officer accepts; the shop sees every version and the receipt.
/// </summary>
public sealed class ShopFilingJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task A_shop_filing_is_returned_re_filed_and_accepted()
    {
        const string street = "新乡市红旗区平原路220号";
        var shop = await app.SignInAsync("shop.manager");
        var shopCsp = await CspWatch.StartAsync(shop);
        await shop.GetByRole(AriaRole.Link, new() { Name = "刻章业备案", Exact = true }).ClickAsync();
        await shop.WaitForURLAsync("**/Shop/Filing");
        await shop.GetByLabel("经营地址").FillAsync(street + "（临时）");
        await shop.GetByTestId("filing-submit").ClickAsync();
        await Assertions.Expect(shop.GetByTestId("awaiting-decision")).ToBeVisibleAsync();

        var police = await app.SignInAsync("police.demo");
        var policeCsp = await CspWatch.StartAsync(police);
        await police.GetByRole(AriaRole.Link, new() { Name = "刻章业备案审核", Exact = true }).ClickAsync();
        await police.WaitForURLAsync("**/Police/ShopFilings");
        await police.GetByTestId("filings-table").Locator("tr", new() { HasText = DemoSeeder.DemoShopCode }).GetByRole(AriaRole.Link, new() { Name = "查看" }).ClickAsync();
        await Assertions.Expect(police.GetByTestId("changed-address")).ToBeVisibleAsync();
        await police.GetByLabel("退回原因").FillAsync("地址应与营业执照一致，请更正门牌号");
        await police.GetByRole(AriaRole.Button, new() { Name = "退回", Exact = true }).ClickAsync();
        await Assertions.Expect(police.GetByTestId("filing-decided")).ToContainTextAsync("已退回");

        await shop.ReloadAsync();
        await Assertions.Expect(shop.GetByTestId("return-reason")).ToContainTextAsync("地址应与营业执照一致");
        (await shop.SeriousViolationsAsync()).ShouldBeEmpty();
        await shop.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("shop-filing-returned"), FullPage = true });
        await shop.GetByLabel("经营地址").FillAsync(street);
        await shop.Locator("#FloorPlan").SetInputFilesAsync(new FilePayload { Name = "平面图.png", MimeType = "image/png", Buffer = ShopSealData.ImprintPng(300) });
        await shop.GetByTestId("filing-submit").ClickAsync();
        await Assertions.Expect(shop.GetByTestId("awaiting-decision")).ToBeVisibleAsync();

        await police.GotoAsync("/Police/ShopFilings");
        await police.GetByTestId("filings-table").Locator("tr", new() { HasText = DemoSeeder.DemoShopCode }).GetByRole(AriaRole.Link, new() { Name = "查看" }).ClickAsync();
        await Assertions.Expect(police.GetByTestId("filing-address")).ToContainTextAsync(street);
        await Assertions.Expect(police.GetByTestId("changed-floorPlan")).ToBeVisibleAsync();
        (await police.SeriousViolationsAsync()).ShouldBeEmpty();
        await police.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("police-shop-filing"), FullPage = true });
        await police.GetByRole(AriaRole.Button, new() { Name = "审核通过", Exact = true }).ClickAsync();
        await Assertions.Expect(police.GetByTestId("filing-decided")).ToContainTextAsync("已审核通过");
        await Assertions.Expect(police.GetByTestId("filing-receipt")).ToBeVisibleAsync();
        await police.GotoAsync("/Police/ShopFilings?state=Accepted");
        await Assertions.Expect(police.GetByTestId("filings-table").Locator("tr", new() { HasText = DemoSeeder.DemoShopCode })).ToBeVisibleAsync();
        await police.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("police-shop-filings"), FullPage = true });

        await shop.ReloadAsync();
        var versions = shop.GetByTestId("filing-versions");
        await Assertions.Expect(versions.Locator("tbody tr").First).ToContainTextAsync("已通过");
        await Assertions.Expect(versions.Locator("tbody tr").Nth(1)).ToContainTextAsync("地址应与营业执照一致");
        await Assertions.Expect(versions.GetByTestId("filing-receipt").First).ToBeVisibleAsync();
        (await shop.SeriousViolationsAsync()).ShouldBeEmpty();
        await shop.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("shop-filing"), FullPage = true });
        shopCsp.Violations.ShouldBeEmpty();
        policeCsp.Violations.ShouldBeEmpty();
    }
}
