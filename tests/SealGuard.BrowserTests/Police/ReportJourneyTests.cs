using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MiniExcelLibs;
using SealGuard.BrowserTests.Infrastructure;
using SealGuard.BrowserTests.Shop;
using SealGuard.Core;
using SealGuard.Web.Seeding.Demo;

namespace SealGuard.BrowserTests.Police;

/// <summary>统计报表 as an officer uses it: a report picked, the range narrowed to today, the chart drawn, the table exported to Excel.</summary>
public sealed class ReportJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task An_officer_narrows_the_shop_report_to_today_and_exports_it_to_excel()
    {
        await app.FileAsync(seed: 230, engraved: false, "01", "02");
        var today = ChinaTime.DateOf(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var police = await app.SignInAsync("police.demo");
        var csp = await CspWatch.StartAsync(police);
        await police.GetByRole(AriaRole.Link, new() { Name = "统计报表", Exact = true }).ClickAsync();
        await police.WaitForURLAsync("**/Police/Reports");
        await Assertions.Expect(police.GetByTestId("report-table")).ToContainTextAsync("红旗区");

        await police.GetByLabel("报表", new() { Exact = true }).SelectOptionAsync("shops");
        await police.GetByLabel("起始日期", new() { Exact = true }).FillAsync(today);
        await police.GetByLabel("截止日期", new() { Exact = true }).FillAsync(today);
        await police.GetByTestId("report-show").ClickAsync();
        await police.WaitForURLAsync(new Regex($"report=shops&from={today}&to={today}"));
        await Assertions.Expect(police.GetByTestId("report-range")).ToContainTextAsync($"{today} 至 {today}");
        var row = police.GetByTestId("report-table").Locator("tbody tr").Filter(new() { HasText = DemoSeeder.DemoShopCode });
        var count = long.Parse(await row.Locator("td.text-end").InnerTextAsync(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        count.ShouldBeGreaterThanOrEqualTo(2, "the two seals filed today");
        await Assertions.Expect(police.Locator("#chart-report canvas")).ToBeVisibleAsync();
        (await police.SeriousViolationsAsync()).ShouldBeEmpty();
        await police.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("police-reports"), FullPage = true });

        var download = await police.RunAndWaitForDownloadAsync(() => police.GetByTestId("report-export").ClickAsync());
        download.SuggestedFilename.ShouldBe($"shops-{today.Replace("-", "", StringComparison.Ordinal)}-{today.Replace("-", "", StringComparison.Ordinal)}.xlsx");
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".xlsx");
        await download.SaveAsAsync(path);
        try
        {
            var rows = MiniExcel.Query(path, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
            rows[0].Keys.ShouldBe(["刻章店编码", "刻章店", "印章数（枚）"]);
            var shop = rows.Where(r => Convert.ToString(r["刻章店编码"], CultureInfo.InvariantCulture) == DemoSeeder.DemoShopCode).ShouldHaveSingleItem();
            Convert.ToInt64(shop["印章数（枚）"], CultureInfo.InvariantCulture).ShouldBe(count);
        }
        finally
        {
            File.Delete(path);
        }

        csp.Violations.ShouldBeEmpty();
    }
}
