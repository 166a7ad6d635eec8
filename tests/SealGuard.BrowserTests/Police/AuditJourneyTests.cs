using System.Globalization;
using Microsoft.Playwright;
using SealGuard.BrowserTests.Infrastructure;
using SealGuard.Core;

namespace SealGuard.BrowserTests.Police;

public sealed class AuditJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task A_supervisor_filters_the_audit_log_by_action_and_day_and_opens_the_seal_it_names()
    {
        var (sealCode, orgName) = await app.DeliveredSealAsync("4107");
        var officer = await app.SignInAsync("police.demo");
        await officer.GotoAsync("/Police/Seals/" + sealCode);
        var today = ChinaTime.DateOf((await app.AuditEntriesAsync("Seal.Viewed", sealCode))[^1].OccurredAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var page = await app.SignInAsync("police.admin");

        await page.GotoAsync("/Police/Audit");
        await page.GetByLabel("动作", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "查看印章" });
        await page.GetByLabel("开始日期").FillAsync(today);
        await page.GetByLabel("结束日期").FillAsync(today);
        await page.GetByLabel("用户", new() { Exact = true }).FillAsync("police.demo");
        await page.GetByRole(AriaRole.Button, new() { Name = "查询", Exact = true }).ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("action=Seal.Viewed", StringComparison.Ordinal) && url.Contains("from=" + today, StringComparison.Ordinal));
        var table = page.GetByTestId("audit");
        await Assertions.Expect(table).ToContainTextAsync("查看印章");
        await Assertions.Expect(table).Not.ToContainTextAsync("Seal.Viewed");
        await Assertions.Expect(table).ToContainTextAsync(orgName);
        await Assertions.Expect(page.GetByTestId("audit-total")).ToContainTextAsync("共");
        await Assertions.Expect(page.GetByLabel("动作", new() { Exact = true })).ToHaveValueAsync("Seal.Viewed");
        (await page.SeriousViolationsAsync()).ShouldBeEmpty();
        await page.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("police-audit"), FullPage = false });

        await table.GetByRole(AriaRole.Link, new() { Name = sealCode[..6] + " " + sealCode[6..] }).First.ClickAsync();
        await page.WaitForURLAsync("**/Police/Seals/" + sealCode);
        await Assertions.Expect(page.GetByTestId("seal-summary")).ToContainTextAsync(sealCode[..6] + " " + sealCode[6..]);
    }
}
