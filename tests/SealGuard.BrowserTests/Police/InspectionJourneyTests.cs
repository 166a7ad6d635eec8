using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SealGuard.BrowserTests.Infrastructure;
using SealGuard.BrowserTests.Shop;
using SealGuard.Web.Seeding.Demo;

namespace SealGuard.BrowserTests.Police;

/// <summary>
/// 监督检查 end to end: an officer on a phone records an inspection of the demo shop with a failed item (location from
/// the browser, a photo), the rectification notice appears for the shop, the shop marks the item rectified with a note
/// and a photo, the officer rechecks and closes it.
/// </summary>
public sealed partial class InspectionJourneyTests(BrowserApp app)
{
    private const int FailedPosition = 3;

    [Fact]
    public async Task An_inspection_with_a_failed_item_goes_through_rectification_and_recheck()
    {
        var police = await PhoneWithLocationAsync("police.demo");
        var csp = await CspWatch.StartAsync(police);
        await police.GotoAsync("/Police/Inspections");
        await police.GetByTestId("new-inspection").ClickAsync();
        await police.WaitForURLAsync("**/Police/Inspections/New");
        await police.GetByLabel("刻章店").SelectOptionAsync(DemoSeeder.DemoShopCode);
        var items = police.GetByTestId("inspection-items").Locator("li[data-item-position]");
        var count = await items.CountAsync();
        count.ShouldBeGreaterThan(FailedPosition);
        for (var i = 0; i < count; i++)
        {
            var item = items.Nth(i);
            var failed = await item.GetAttributeAsync("data-item-position") == FailedPosition.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await item.Locator("label.btn").Filter(new() { HasTextRegex = failed ? FailLabel() : PassLabel() }).ClickAsync();
            if (failed)
            {
                await item.GetByRole(AriaRole.Textbox).FillAsync("成品印章存放于前台抽屉，未入保险柜");
            }
        }

        await police.GetByRole(AriaRole.Textbox, new() { Name = "检查意见", Exact = true }).FillAsync("登记簿、监控运行正常");
        await police.Locator("#photos").SetInputFilesAsync(new FilePayload { Name = "site.png", MimeType = "image/png", Buffer = ShopSealData.ImprintPng(300) });
        await police.GetByTestId("geolocate").ClickAsync();
        await Assertions.Expect(police.GetByLabel("纬度")).ToHaveValueAsync("35.312500");
        (await police.SeriousViolationsAsync()).ShouldBeEmpty();
        await police.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("police-inspection-form"), FullPage = true });
        await police.GetByTestId("submit-inspection").ClickAsync();

        await Assertions.Expect(police.GetByTestId("inspection-done")).ToContainTextAsync("已下达整改通知");
        await Assertions.Expect(police.GetByTestId("inspection-location")).ToContainTextAsync("设备定位");
        await Assertions.Expect(police.GetByTestId("inspection-items").Locator("tr[data-outcome='Fail']")).ToContainTextAsync("成品印章存放于前台抽屉");
        await Assertions.Expect(police.Locator("[data-testid='inspection-photos'] img")).ToHaveCountAsync(1);
        (await police.SeriousViolationsAsync()).ShouldBeEmpty();
        await police.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("police-inspection-details"), FullPage = true });
        await police.GetByTestId("inspection-rectification").GetByRole(AriaRole.Link).ClickAsync();
        await police.WaitForURLAsync(new Regex("/Police/Rectifications/\\d+$"));
        var rectificationUrl = police.Url;
        var id = rectificationUrl[(rectificationUrl.LastIndexOf('/') + 1)..];

        var shop = await app.SignInAsync("shop.demo");
        var shopCsp = await CspWatch.StartAsync(shop);
        var entry = shop.GetByRole(AriaRole.Link, new() { Name = "整改通知" });
        await Assertions.Expect(entry.GetByTestId("nav-badge")).ToBeVisibleAsync();
        await entry.ClickAsync();
        await shop.WaitForURLAsync("**/Shop/Rectifications");
        await shop.Locator($"li[data-rectification-id='{id}'] a").ClickAsync();
        await Assertions.Expect(shop.GetByTestId("rectification-items")).ToContainTextAsync("成品印章存放于前台抽屉，未入保险柜");
        var form = shop.GetByTestId("mark-form-" + FailedPosition);
        await form.GetByLabel("整改情况说明").FillAsync("已购置保险柜，成品印章入柜保管");
        await form.GetByLabel("整改照片（可选）").SetInputFilesAsync(new FilePayload { Name = "safe.png", MimeType = "image/png", Buffer = ShopSealData.ImprintPng(300) });
        await form.GetByRole(AriaRole.Button, new() { Name = "标记已整改" }).ClickAsync();
        await Assertions.Expect(shop.GetByTestId("mark-done")).ToBeVisibleAsync();
        await Assertions.Expect(shop.GetByTestId("shop-mark")).ToContainTextAsync("已购置保险柜");
        (await shop.SeriousViolationsAsync()).ShouldBeEmpty();
        await shop.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("shop-rectification-marked"), FullPage = true });

        await police.ReloadAsync();
        await Assertions.Expect(police.GetByTestId("shop-mark")).ToContainTextAsync("已购置保险柜");
        var recheck = police.GetByTestId("recheck-form");
        await recheck.Locator("label.btn").Filter(new() { HasTextRegex = RectifiedLabel() }).ClickAsync();
        await recheck.GetByLabel("复查意见").FillAsync("现场复查，保险柜已启用");
        (await police.SeriousViolationsAsync()).ShouldBeEmpty();
        await police.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("police-rectification-recheck"), FullPage = true });
        await recheck.GetByTestId("submit-recheck").ClickAsync();
        await Assertions.Expect(police.GetByTestId("recheck-done")).ToContainTextAsync("复查合格，整改通知已办结");
        await Assertions.Expect(police.GetByTestId("rectification-state")).ToContainTextAsync("已办结");
        await Assertions.Expect(police.GetByTestId("recheck-form")).ToHaveCountAsync(0);

        await shop.GotoAsync("/Shop/Rectifications?state=Done");
        await Assertions.Expect(shop.Locator($"li[data-rectification-id='{id}']")).ToContainTextAsync("已办结");
        csp.Violations.ShouldBeEmpty();
        shopCsp.Violations.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_inspection_lists_and_the_check_list_admin_read_well()
    {
        var admin = await app.SignInAsync("police.admin");
        var csp = await CspWatch.StartAsync(admin);
        await admin.GetByRole(AriaRole.Link, new() { Name = "监督检查", Exact = true }).ClickAsync();
        await Assertions.Expect(admin.GetByTestId("inspections").Locator("tbody tr")).Not.ToHaveCountAsync(0);
        (await admin.SeriousViolationsAsync()).ShouldBeEmpty();
        await admin.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("police-inspections"), FullPage = true });
        await admin.GetByRole(AriaRole.Link, new() { Name = "整改通知", Exact = true }).ClickAsync();
        await Assertions.Expect(admin.GetByTestId("rectifications")).ToContainTextAsync("待整改");
        (await admin.SeriousViolationsAsync()).ShouldBeEmpty();
        await admin.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("police-rectifications"), FullPage = true });
        await admin.GetByRole(AriaRole.Link, new() { Name = "检查表管理" }).ClickAsync();
        await Assertions.Expect(admin.Locator("[data-checklist-id]")).Not.ToHaveCountAsync(0);
        (await admin.SeriousViolationsAsync()).ShouldBeEmpty();
        await admin.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("police-checklists"), FullPage = true });
        await admin.Locator("[data-checklist-id]").First.GetByRole(AriaRole.Link, new() { Name = "编辑" }).ClickAsync();
        await Assertions.Expect(admin.GetByTestId("checklist-rows").Locator("li")).Not.ToHaveCountAsync(0);
        (await admin.SeriousViolationsAsync()).ShouldBeEmpty();
        await admin.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("police-checklist-edit"), FullPage = true });
        csp.Violations.ShouldBeEmpty();
    }

    /// <summary>A phone-sized page signed in as <paramref name="userName"/> whose browser may tell its location (新乡市红旗区).</summary>
    private async Task<IPage> PhoneWithLocationAsync(string userName)
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ReducedMotion = ReducedMotion.Reduce,
            Geolocation = new Geolocation { Latitude = 35.3125f, Longitude = 113.9375f, Accuracy = 20 },
            Permissions = ["geolocation"],
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(BrowserApp.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
        return page;
    }

    [GeneratedRegex("^合格$")]
    private static partial Regex PassLabel();

    [GeneratedRegex("^不合格$")]
    private static partial Regex FailLabel();

    [GeneratedRegex("^已整改$")]
    private static partial Regex RectifiedLabel();
}
