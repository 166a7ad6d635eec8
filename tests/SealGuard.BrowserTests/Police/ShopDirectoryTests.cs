using Microsoft.Playwright;
using SealGuard.BrowserTests.Infrastructure;

namespace SealGuard.BrowserTests.Police;

public sealed class ShopDirectoryTests(BrowserApp app)
{
    [Fact]
    public async Task Anyone_finds_the_filed_shops_of_a_county_on_a_phone()
    {
        var page = await app.NewPageAsync(width: 375, height: 812);
        var hosts = new HostWatch(page, app.BaseAddress);

        await page.GotoAsync("/Public/Shops");
        await page.GetByLabel("所在区县").SelectOptionAsync("410702");
        await page.GetByRole(AriaRole.Button, new() { Name = "查看" }).ClickAsync();

        var directory = page.GetByTestId("directory");
        (await directory.Locator("li").CountAsync()).ShouldBeGreaterThan(0);
        await Assertions.Expect(directory).ToContainTextAsync("红旗区");
        await Assertions.Expect(directory.Locator("a[href^='tel:']").First).ToBeVisibleAsync();
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(375);
        await page.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("public-shops-phone"), FullPage = true });
        hosts.ForeignRequests.ShouldBeEmpty();
        (await page.SeriousViolationsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_officer_sees_only_the_shops_and_audit_pages_the_role_allows()
    {
        var officer = await app.SignInAsync("police.demo");
        (await officer.GotoAsync("/Police/Audit"))!.Status.ShouldBe(403);
        await officer.GotoAsync("/Police/Shops");
        var firstShop = officer.GetByTestId("shops").Locator("tbody tr").First;
        await firstShop.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(officer.GetByTestId("staff")).ToContainTextAsync("*");
        await Assertions.Expect(officer.GetByTestId("volume").Locator("tbody tr")).ToHaveCountAsync(12);

        var supervisor = await app.SignInAsync("police.admin");
        var response = await supervisor.GotoAsync("/Police/Audit?action=Shop.Viewed&userName=police.demo");
        response!.Status.ShouldBe(200);
        await Assertions.Expect(supervisor.GetByTestId("audit")).ToContainTextAsync("查看刻章店");
    }
}
