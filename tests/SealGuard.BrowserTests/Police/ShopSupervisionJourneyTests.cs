using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SealGuard.BrowserTests.Infrastructure;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Seeding.Demo;

namespace SealGuard.BrowserTests.Police;

/// <summary>
/// An officer suspends a shop with a reason, the shop's clerk sees the banner and the intake page refuses in Chinese,
/// the officer restores it. The shop is the second demo shop of 红旗区 (the one with a past 警告), so the main demo
/// shop the other journeys work in stays Normal.
/// </summary>
public sealed class ShopSupervisionJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task An_officer_suspends_a_shop_its_clerk_is_refused_intake_and_the_officer_restores_it()
    {
        var (shopCode, clerkName) = await ShopWithClerkAsync();
        var police = await app.SignInAsync("police.demo");
        var csp = await CspWatch.StartAsync(police);

        await police.GotoAsync("/Police/Shops/" + shopCode);
        await Assertions.Expect(police.GetByTestId("shop-state")).ToContainTextAsync("正常");
        await Assertions.Expect(police.GetByTestId("penalties")).ToContainTextAsync("警告");
        await police.GetByLabel("变更为").SelectOptionAsync(new SelectOptionValue { Label = "暂停营业" });
        await police.GetByLabel("原因").FillAsync("现场检查发现承接业务未登记，责令暂停营业");
        await police.GetByRole(AriaRole.Button, new() { Name = "变更状态" }).ClickAsync();
        await Assertions.Expect(police.GetByTestId("state-changed")).ToContainTextAsync("暂停营业");
        await Assertions.Expect(police.GetByTestId("shop-state")).ToContainTextAsync("暂停营业");
        await Assertions.Expect(police.GetByTestId("state-history")).ToContainTextAsync("现场检查发现承接业务未登记");
        (await police.SeriousViolationsAsync()).ShouldBeEmpty();
        await police.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("police-shop-suspended"), FullPage = true });

        var shop = await app.SignInAsync(clerkName);
        var shopCsp = await CspWatch.StartAsync(shop);
        await Assertions.Expect(shop.GetByTestId("shop-standing")).ToContainTextAsync("暂停营业");
        await Assertions.Expect(shop.GetByTestId("shop-standing")).ToContainTextAsync("现场检查发现承接业务未登记");
        await shop.GotoAsync("/Shop/Intake");
        await Assertions.Expect(shop.GetByTestId("intake-blocked")).ToContainTextAsync("本店已被公安机关暂停营业");
        await Assertions.Expect(shop.Locator("#intake-form")).ToHaveCountAsync(0);
        (await shop.SeriousViolationsAsync()).ShouldBeEmpty();
        await shop.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("shop-suspended-intake"), FullPage = true });

        await police.GetByLabel("变更为").SelectOptionAsync(new SelectOptionValue { Label = "正常" });
        await police.GetByLabel("原因").FillAsync("已整改完毕，恢复营业");
        await police.GetByRole(AriaRole.Button, new() { Name = "变更状态" }).ClickAsync();
        await Assertions.Expect(police.GetByTestId("shop-state")).ToContainTextAsync("正常");

        await shop.ReloadAsync();
        await Assertions.Expect(shop.GetByTestId("shop-standing")).ToHaveCountAsync(0);
        await Assertions.Expect(shop.Locator("#intake-form")).ToHaveCountAsync(1);
        csp.Violations.ShouldBeEmpty();
        shopCsp.Violations.ShouldBeEmpty();
    }

    /// <summary>The demo shop with the seeded 警告 and a clerk login made for this journey (the demo staff accounts have no known password).</summary>
    private async Task<(string ShopCode, string UserName)> ShopWithClerkAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SealGuardDbContext>();
        var shopCode = await db.Penalties.Join(db.Shops, p => p.ShopId, s => s.Id, (p, s) => s.ShopCode).Where(c => c != DemoSeeder.DemoShopCode).OrderBy(c => c).FirstAsync();
        var userName = "clerk.supervision";
        var added = await scope.ServiceProvider.GetRequiredService<AddUserHandler>().AddAsync(Actor.System,
            new NewUser(userName, "测试店员", BrowserApp.DemoPassword, UserRole.ShopOperator, shopCode, []), CancellationToken.None);
        added.IsSuccess.ShouldBeTrue(added.Failure?.Message);
        return (shopCode, userName);
    }
}
