using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SealGuard.BrowserTests.Infrastructure;

namespace SealGuard.BrowserTests.Police;

/// <summary>印章查询 as an officer works it: sorting by a header with the total shown, and Back after an ID-number search.</summary>
public sealed class SealListJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task An_officer_sorts_the_list_by_seal_code_both_ways_and_sees_the_total_and_the_order()
    {
        var page = await app.SignInAsync("police.demo");
        await page.GotoAsync("/Police/Seals");
        await Assertions.Expect(page.GetByTestId("result-total")).ToHaveTextAsync(new Regex("^(共|超过) [0-9,]+ 条$"));
        await Assertions.Expect(page.GetByTestId("result-order")).ToContainTextAsync("按受理时间从新到旧");
        await Assertions.Expect(page.Locator("th[aria-sort]")).ToContainTextAsync("受理日期");

        await page.GetByRole(AriaRole.Link, new() { Name = "印章编码", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/Police/Seals\\?sort=sealCode$"));
        await Assertions.Expect(page.Locator("th[aria-sort=ascending]")).ToContainTextAsync("印章编码");
        await Assertions.Expect(page.GetByTestId("result-order")).ToContainTextAsync("按印章编码从小到大");
        var ascending = await CodesAsync(page);
        ascending.ShouldBe(ascending.Order(StringComparer.Ordinal));

        await page.GetByRole(AriaRole.Link, new() { Name = "印章编码", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/Police/Seals\\?sort=-sealCode$"));
        await Assertions.Expect(page.Locator("th[aria-sort=descending]")).ToContainTextAsync("印章编码");
        var descending = await CodesAsync(page);
        descending.ShouldBe(descending.OrderDescending(StringComparer.Ordinal));
        string.CompareOrdinal(descending[0], ascending[0]).ShouldBeGreaterThan(0);
        await Assertions.Expect(page.GetByTestId("seal-type").First).ToHaveTextAsync(new Regex("章"));
        (await page.SeriousViolationsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Back_after_an_id_search_returns_to_the_results_without_a_resubmit_or_a_second_audit_entry()
    {
        var (sealCode, _) = await app.DeliveredSealAsync("4107");
        var fullId = await app.LegalRepresentativeIdAsync(sealCode);
        var masked = fullId[..6] + "********" + fullId[14..];
        var before = (await app.AuditEntriesAsync("PersonalData.Searched", masked)).Count;
        var page = await app.SignInAsync("police.demo");
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };

        await page.GotoAsync("/Police/Seals");
        await page.GetByText("按身份证号或姓名查询").ClickAsync();
        await page.GetByLabel("公民身份号码").FillAsync(fullId);
        await page.GetByLabel("用途").FillAsync("核查案件 " + Guid.NewGuid().ToString("N")[..8]);
        await page.GetByTestId("person-search").GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("personToken="));
        var results = page.Url;
        results.ShouldNotContain(fullId);
        await Assertions.Expect(page.GetByTestId("person-active")).ToContainTextAsync(masked);
        await Assertions.Expect(page.GetByTestId("seal-results")).ToContainTextAsync(sealCode[6..]);
        (await page.SeriousViolationsAsync()).ShouldBeEmpty();
        await page.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("police-search"), FullPage = true });

        // 返回查询 on the seal's page, then the browser's Back: both land on the same results, with nothing posted again.
        await page.GetByRole(AriaRole.Link, new() { Name = "查看印章 " + sealCode[..6] + " " + sealCode[6..] }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/Police/Seals/" + sealCode + "\\?back="));
        await page.GetByTestId("back-to-search").ClickAsync();
        await page.WaitForURLAsync(results);
        await Assertions.Expect(page.GetByTestId("seal-results")).ToContainTextAsync(sealCode[6..]);
        await page.GetByRole(AriaRole.Link, new() { Name = "查看印章 " + sealCode[..6] + " " + sealCode[6..] }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/Police/Seals/" + sealCode + "\\?back="));
        await page.GoBackAsync();
        await page.WaitForURLAsync(results);
        await Assertions.Expect(page.GetByTestId("seal-results")).ToContainTextAsync(sealCode[6..]);

        dialogs.ShouldBe(0);
        (await page.ContentAsync()).ShouldNotContain(fullId);
        (await app.AuditEntriesAsync("PersonalData.Searched", masked)).Count.ShouldBe(before + 1);
    }

    private static async Task<List<string>> CodesAsync(IPage page) =>
        (await page.GetByTestId("seal-results").Locator("tbody td.seal-code").AllTextContentsAsync()).Select(c => c.Replace(" ", string.Empty, StringComparison.Ordinal)).ToList();
}
