using Microsoft.Playwright;
using SealGuard.BrowserTests.Infrastructure;
using SealGuard.BrowserTests.Shop;

namespace SealGuard.BrowserTests.Verification;

public sealed class VerificationJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task A_member_of_the_public_verifies_a_delivered_seal_on_a_phone()
    {
        var (sealCode, orgName) = await app.DeliveredSealAsync();
        var page = await app.NewPageAsync(width: 375, height: 812);
        var hosts = new HostWatch(page, app.BaseAddress);

        await page.GotoAsync("/");
        await page.GetByLabel("印章编码").FillAsync(sealCode);
        await page.GetByLabel("用章单位名称").FillAsync(orgName);
        await page.GetByRole(AriaRole.Button, new() { Name = "核验" }).ClickAsync();

        var result = page.GetByTestId("verification-result");
        await Assertions.Expect(result).ToHaveAttributeAsync("data-result", "Valid");
        await Assertions.Expect(result).ToContainTextAsync("状态为在用");
        await Assertions.Expect(result).ToContainTextAsync(orgName);
        await Assertions.Expect(page.GetByTestId("verification-imprint").Locator("img")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("verification-imprint")).ToContainTextAsync("仅供核验");
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        width.ShouldBeLessThanOrEqualTo(375, "the page must fit a 375 px phone without horizontal scrolling");
        await page.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("public-verification-phone"), FullPage = true });
        hosts.ForeignRequests.ShouldBeEmpty();
        (await page.SeriousViolationsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_seal_filed_but_not_yet_delivered_says_so_on_a_phone_and_shows_no_imprint()
    {
        var filing = await app.FileAsync(seed: 103, engraved: true, "01");
        var page = await app.NewPageAsync(width: 375, height: 812);

        await page.GotoAsync("/");
        await page.GetByLabel("印章编码").FillAsync(filing.SealCodes[0]);
        await page.GetByLabel("用章单位名称").FillAsync(filing.OrgName);
        await page.GetByRole(AriaRole.Button, new() { Name = "核验" }).ClickAsync();

        var result = page.GetByTestId("verification-result");
        await Assertions.Expect(result).ToHaveAttributeAsync("data-result", "Invalid");
        await Assertions.Expect(result).ToContainTextAsync("该印章已备案，但目前不可用：尚未交付（已刻制，尚未交付使用单位）");
        await Assertions.Expect(result).Not.ToContainTextAsync("在用");
        await Assertions.Expect(page.GetByTestId("verification-imprint")).ToHaveCountAsync(0);
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(375);
        (await page.SeriousViolationsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_wrong_organization_name_is_reported_as_not_found_without_details()
    {
        var (sealCode, _) = await app.DeliveredSealAsync();
        var page = await app.NewPageAsync();

        await page.GotoAsync($"/?sealCode={sealCode}&orgName={Uri.EscapeDataString("不存在的单位有限公司")}");

        var result = page.GetByTestId("verification-result");
        await Assertions.Expect(result).ToHaveAttributeAsync("data-result", "NotFound");
        await Assertions.Expect(result).ToContainTextAsync("未查到");
        await Assertions.Expect(result.Locator("dl")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_malformed_seal_code_is_explained_in_chinese_and_kept_in_the_form()
    {
        var page = await app.NewPageAsync();

        await page.GotoAsync("/?sealCode=12ab&orgName=" + Uri.EscapeDataString("某单位"));

        await Assertions.Expect(page.Locator("#sealCodeError")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("印章编码")).ToHaveValueAsync("12ab");
        await Assertions.Expect(page.GetByLabel("用章单位名称")).ToHaveValueAsync("某单位");
    }
}
