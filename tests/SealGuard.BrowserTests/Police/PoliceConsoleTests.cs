using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SealGuard.BrowserTests.Infrastructure;

namespace SealGuard.BrowserTests.Police;

public sealed partial class PoliceConsoleTests(BrowserApp app)
{
    [Fact]
    public async Task An_officer_finds_a_seal_by_part_of_the_name_and_reveals_the_ids_with_a_recorded_purpose()
    {
        var (sealCode, orgName) = await app.DeliveredSealAsync("4107");
        var partial = orgName.Length > 7 ? orgName.Substring(3, 4) : orgName;
        var fullId = await app.LegalRepresentativeIdAsync(sealCode);
        var page = await app.SignInAsync("police.demo");

        await page.GotoAsync("/Police/Seals");
        await page.GetByLabel("单位名称").FillAsync(partial);
        await page.GetByRole(AriaRole.Button, new() { Name = "查询", Exact = true }).First.ClickAsync();

        var results = page.GetByTestId("seal-results");
        await Assertions.Expect(results).ToContainTextAsync(orgName);
        await Assertions.Expect(page.GetByLabel("单位名称")).ToHaveValueAsync(partial);
        (await page.SeriousViolationsAsync()).ShouldBeEmpty();

        await page.GetByRole(AriaRole.Link, new() { Name = "查看印章 " + sealCode[..6] + " " + sealCode[6..] }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/Police/Seals/" + sealCode + "\\?back="));
        await Assertions.Expect(page.GetByTestId("seal-summary")).ToContainTextAsync(sealCode[..6] + " " + sealCode[6..]);
        await Assertions.Expect(page.GetByTestId("imprint")).ToBeVisibleAsync();
        var maskedIds = await page.GetByTestId("id-number").AllTextContentsAsync();
        maskedIds.ShouldNotBeEmpty();
        maskedIds.ShouldAllBe(id => id.Contains('*'));
        (await page.ContentAsync()).ShouldNotContain(fullId);
        (await page.SeriousViolationsAsync()).ShouldBeEmpty();
        await page.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("police-seal-details"), FullPage = true });

        // Without a purpose the reveal is refused in Chinese and nothing is shown.
        await page.GetByText("查看完整信息").First.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "查看完整信息" }).ClickAsync();
        await Assertions.Expect(page.Locator("#purposeError")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("id-number").First).ToContainTextAsync("*");

        var purpose = "核查案件 " + Guid.NewGuid().ToString("N")[..8];
        await page.Locator("#purpose").FillAsync(purpose);
        await page.GetByRole(AriaRole.Button, new() { Name = "查看完整信息" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("revealed")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("people")).ToContainTextAsync(fullId);

        var entries = await app.AuditEntriesAsync("PersonalData.Revealed", sealCode);
        entries.ShouldContain(e => e.Purpose == purpose && e.ActorName == "police.demo");
    }

    [Fact]
    public async Task An_officer_of_one_county_neither_finds_nor_opens_a_seal_of_another()
    {
        var (sealCode, orgName) = await app.SealOutsideAsync("410727");
        var page = await app.SignInAsync("police.fengqiu");

        var response = await page.GotoAsync("/Police/Seals/" + sealCode);
        response!.Status.ShouldBe(404);
        (await page.ContentAsync()).ShouldNotContain(orgName);

        await page.GotoAsync("/Police/Seals?sealCode=" + sealCode);
        await Assertions.Expect(page.GetByTestId("empty-results")).ToBeVisibleAsync();
        await page.GotoAsync("/Police/Seals?orgName=" + Uri.EscapeDataString(orgName));
        await Assertions.Expect(page.GetByTestId("empty-results")).ToBeVisibleAsync();
        (await page.ContentAsync()).ShouldNotContain(sealCode[6..]);
    }

    [Fact]
    public async Task The_dashboard_draws_every_chart_and_gives_each_as_a_table()
    {
        var page = await app.SignInAsync("police.demo");
        var hosts = new HostWatch(page, app.BaseAddress);

        await page.GotoAsync("/Police");

        string[] charts = ["perMonth", "byType", "byDivision", "topShops", "byLifeState"];
        foreach (var chart in charts)
        {
            await Assertions.Expect(page.Locator($"#chart-{chart} canvas")).ToHaveCountAsync(1);
            (await page.GetByTestId("table-" + chart).Locator("tbody tr").CountAsync()).ShouldBeGreaterThan(0);
        }

        var month = await page.GetByTestId("table-perMonth").Locator("tbody tr").CountAsync();
        month.ShouldBe(12);
        await Assertions.Expect(page.GetByTestId("table-byLifeState")).ToContainTextAsync("在用");
        await Assertions.Expect(page.GetByTestId("table-byDivision")).ToContainTextAsync(DivisionName());
        // The figures the tables show add up to the seals the officer may see.
        var total = await page.GetByTestId("table-byLifeState").Locator("tbody td").AllTextContentsAsync();
        total.Sum(t => long.Parse(t.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture)).ShouldBeGreaterThan(0);
        await page.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("police-dashboard"), FullPage = true });
        hosts.ForeignRequests.ShouldBeEmpty();
        (await page.SeriousViolationsAsync()).ShouldBeEmpty();
    }

    private static Regex DivisionName() => DivisionPattern();

    [GeneratedRegex("(红旗区|卫滨区|凤泉区|牧野区|新乡县|获嘉县|原阳县|延津县|封丘县|卫辉市|辉县市|长垣市)")]
    private static partial Regex DivisionPattern();
}
