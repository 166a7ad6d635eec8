using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SealGuard.BrowserTests.Infrastructure;

namespace SealGuard.BrowserTests.Police;

/// <summary>刻章店 as an officer works it: a column sorted both ways with the total and the order shown, and 返回 keeping the order.</summary>
public sealed class ShopListJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task An_officer_sorts_the_shops_by_seal_count_opens_one_and_returns_to_the_same_order()
    {
        var page = await app.SignInAsync("police.demo");
        await page.GotoAsync("/Police/Shops");
        await Assertions.Expect(page.GetByTestId("result-total")).ToHaveTextAsync(new Regex("^共 [0-9,]+ 家$"));
        await Assertions.Expect(page.GetByTestId("result-order")).ToHaveTextAsync("按区县升序");

        await page.GetByRole(AriaRole.Link, new() { Name = "刻制印章数", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/Police/Shops\\?sort=-sealCount$"));
        await Assertions.Expect(page.Locator("th[aria-sort=descending]")).ToContainTextAsync("刻制印章数");
        await Assertions.Expect(page.GetByTestId("result-order")).ToHaveTextAsync("按刻制印章数从多到少");
        var counts = await CountsAsync(page);
        counts.ShouldBe(counts.OrderDescending());
        (await page.SeriousViolationsAsync()).ShouldBeEmpty();
        await page.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("police-shops"), FullPage = false });

        await page.GetByTestId("shops").GetByRole(AriaRole.Link, new() { Name = "查看" }).First.ClickAsync();
        await page.GetByTestId("back-to-list").ClickAsync();
        await page.WaitForURLAsync(new Regex("/Police/Shops\\?sort=-sealCount$"));
        await Assertions.Expect(page.Locator("th[aria-sort=descending]")).ToContainTextAsync("刻制印章数");

        await page.GetByRole(AriaRole.Link, new() { Name = "刻制印章数", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/Police/Shops\\?sort=sealCount$"));
        var ascending = await CountsAsync(page);
        ascending.ShouldBe(ascending.Order());
    }

    private static async Task<List<long>> CountsAsync(IPage page) =>
        (await page.GetByTestId("shops").Locator("tbody tr td:nth-child(7)").AllInnerTextsAsync())
            .Select(t => long.Parse(t.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture)).ToList();
}
