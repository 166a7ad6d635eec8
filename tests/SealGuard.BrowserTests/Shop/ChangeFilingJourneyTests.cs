using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SealGuard.BrowserTests.Infrastructure;
using SealGuard.Core.Filings;
using SealGuard.Web.Data;
using SealGuard.Web.Seeding.Demo;

namespace SealGuard.BrowserTests.Shop;

/// <summary>变更备案 end to end: the shop files a rename surrendering a seal, an officer approves it on the review page.</summary>
public sealed class ChangeFilingJourneyTests(BrowserApp app)
{
    /// <summary>A new name of the kind the organization is (by its code-table type), so a rename reads like a real one.</summary>
    private static readonly Dictionary<string, string> NewNames = new(StringComparer.Ordinal)
    {
        ["01"] = "新乡市城市管理综合服务中心",
        ["02"] = "新乡市恒远商贸有限公司",
        ["03"] = "新乡市公共资源交易服务中心",
        ["04"] = "新乡市摄影艺术家协会",
        ["05"] = "新乡市恒远职业技能培训学校",
        ["06"] = "红旗区恒远便利店",
    };

    [Fact]
    public async Task A_shop_files_a_rename_and_an_officer_approves_it()
    {
        var (sealCode, creditCode, oldName, type) = await SealToSurrenderAsync();
        var newName = NewNames.GetValueOrDefault(type, "新乡市恒远文化服务中心");
        var shop = await app.SignInAsync("shop.demo");
        var csp = await CspWatch.StartAsync(shop);

        await shop.GetByRole(AriaRole.Link, new() { Name = "变更备案", Exact = true }).ClickAsync();
        await shop.WaitForURLAsync("**/Shop/Changes");
        await shop.GetByLabel("统一社会信用代码").FillAsync(creditCode);
        await shop.GetByRole(AriaRole.Button, new() { Name = "载入单位" }).ClickAsync();
        await Assertions.Expect(shop.GetByTestId("change-current")).ToContainTextAsync(oldName);
        await shop.GetByLabel("新单位名称").FillAsync(newName);
        await shop.GetByLabel("变更原因").FillAsync("股东会决议更名");
        await shop.GetByLabel(sealCode[..6] + " " + sealCode[6..], new() { Exact = false }).CheckAsync();
        (await shop.SeriousViolationsAsync()).ShouldBeEmpty();
        await shop.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("shop-change-filing"), FullPage = true });
        await shop.GetByRole(AriaRole.Button, new() { Name = "提交备案" }).ClickAsync();
        await Assertions.Expect(shop.GetByTestId("change-filed")).ToBeVisibleAsync();
        await Assertions.Expect(shop.GetByTestId("changes-table")).ToContainTextAsync("待审核");
        csp.Violations.ShouldBeEmpty();

        var police = await app.SignInAsync("police.demo");
        await police.GetByRole(AriaRole.Link, new() { Name = "变更备案审核" }).ClickAsync();
        await police.WaitForURLAsync("**/Police/Changes");
        await police.GetByRole(AriaRole.Row).Filter(new() { HasText = oldName }).GetByRole(AriaRole.Link, new() { Name = "审核" }).ClickAsync();
        await Assertions.Expect(police.GetByTestId("change-values")).ToContainTextAsync(newName);
        await Assertions.Expect(police.GetByTestId("change-seals")).ToContainTextAsync(sealCode[..6] + " " + sealCode[6..]);
        await police.GetByRole(AriaRole.Button, new() { Name = "通过" }).ClickAsync();

        await Assertions.Expect(police.GetByTestId("change-decided")).ToHaveTextAsync($"已通过变更，单位名称改为 {newName}，缴销印章 1 枚");
        await Assertions.Expect(police.GetByTestId("change-state")).ToHaveTextAsync("已通过");
        (await police.SeriousViolationsAsync()).ShouldBeEmpty();
        await police.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("police-change-approved"), FullPage = true });

        // Back to the queue, then the approved tab sorted by credit code: the total, the order and the tab stay in the URL.
        await police.GetByTestId("back-to-list").ClickAsync();
        await police.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/Police/Changes$"));
        await police.GetByRole(AriaRole.Link, new() { Name = "已通过", Exact = true }).ClickAsync();
        await police.GetByRole(AriaRole.Link, new() { Name = "统一社会信用代码", Exact = true }).ClickAsync();
        await police.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/Police/Changes\\?state=Approved&sort=creditCode$"));
        await Assertions.Expect(police.Locator("th[aria-sort=ascending]")).ToContainTextAsync("统一社会信用代码");
        await Assertions.Expect(police.GetByTestId("result-total")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^共 [1-9][0-9,]* 件$"));
        await Assertions.Expect(police.GetByTestId("result-order")).ToHaveTextAsync("按统一社会信用代码升序");
        var codes = await police.GetByTestId("changes-table").Locator("tbody tr td:first-child").AllInnerTextsAsync();
        codes.ShouldBe(codes.Order(StringComparer.Ordinal));
        await police.GetByTestId("changes-table").GetByRole(AriaRole.Row).Filter(new() { HasText = creditCode }).GetByRole(AriaRole.Link, new() { Name = "审核" }).ClickAsync();
        await police.GetByTestId("back-to-list").ClickAsync();
        await police.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/Police/Changes\\?state=Approved&sort=creditCode$"));
        (await police.SeriousViolationsAsync()).ShouldBeEmpty();
        await police.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("police-changes"), FullPage = false });

        await shop.ReloadAsync();
        await Assertions.Expect(shop.GetByTestId("changes-table")).ToContainTextAsync("已通过");
    }

    /// <summary>
    /// A seal of the demo shop, delivered and in use, of an organization other than the ones the other journeys start
    /// from (the first delivered seal of the city and of the demo shop), so renaming it and surrendering the seal
    /// disturbs none of them. The demo shop's organizations are of every type, so the new name is one of the same kind (<see cref="NewNames"/>).
    /// </summary>
    private async Task<(string SealCode, string CreditCode, string OrgName, string Type)> SealToSurrenderAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SealGuardDbContext>();
        var delivered = db.Seals.Where(s => s.Flow == FlowState.Delivered);
        var demoShop = db.Shops.Where(sh => sh.ShopCode == DemoSeeder.DemoShopCode).Select(sh => sh.Id);
        var taken = new[]
        {
            await delivered.Where(s => s.Life == LifeState.InUse).OrderBy(s => s.Id).Select(s => s.OrganizationId).FirstAsync(),
            await delivered.Where(s => demoShop.Contains(s.ShopId)).OrderBy(s => s.Id).Select(s => s.OrganizationId).FirstAsync(),
        };
        return await (from s in delivered
                      join o in db.Organizations on s.OrganizationId equals o.Id
                      where demoShop.Contains(s.ShopId) && s.Life == LifeState.InUse && !taken.Contains(o.Id)
                      orderby s.Id descending
                      select new ValueTuple<string, string, string, string>(s.SealCode, o.CreditCode, o.Name, o.Type)).FirstAsync();
    }
}
