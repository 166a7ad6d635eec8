using Microsoft.Playwright;
using SealGuard.BrowserTests.Infrastructure;
using SealGuard.BrowserTests.Police;

namespace SealGuard.BrowserTests.Hosting;

/// <summary>A failed page is a Chinese page in the layout with the way back, not problem JSON; the status is kept.</summary>
public sealed class ErrorPageTests(BrowserApp app)
{
    [Fact]
    public async Task An_unknown_address_shows_the_Chinese_404_page_with_the_way_home()
    {
        var page = await app.NewPageAsync();

        var response = await page.GotoAsync("/Shop/no-such-page");

        response!.Status.ShouldBe(404);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "页面不存在" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "返回上一页" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "返回首页" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("印章编码")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_officer_opening_a_seal_outside_the_jurisdiction_sees_the_404_page_and_goes_back()
    {
        var (sealCode, orgName) = await app.SealOutsideAsync("410727");
        var page = await app.SignInAsync("police.fengqiu");
        var csp = await CspWatch.StartAsync(page);
        await page.GotoAsync("/Police/Seals");

        var response = await page.GotoAsync($"/Police/Seals/{sealCode}");

        response!.Status.ShouldBe(404);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "页面不存在" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("error-page")).ToContainTextAsync("不在您的辖区");
        await Assertions.Expect(page.GetByTestId("error-page")).Not.ToContainTextAsync(orgName);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "返回工作台" })).ToHaveAttributeAsync("href", "/Police");
        (await page.SeriousViolationsAsync()).ShouldBeEmpty();
        await page.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("error-404"), FullPage = false });

        await page.GetByRole(AriaRole.Link, new() { Name = "返回上一页" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/Police/Seals", StringComparison.Ordinal));
        csp.Violations.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_officer_opening_the_audit_log_sees_the_403_page()
    {
        var page = await app.SignInAsync("police.demo");

        var response = await page.GotoAsync("/Police/Audit");

        response!.Status.ShouldBe(403);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "无权访问" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("error-page")).ToContainTextAsync("联系本单位管理员");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "返回工作台" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_public_phone_page_beyond_the_rate_limit_says_so_in_Chinese_with_when_to_retry()
    {
        await using var limited = await BrowserApp.StartAsync(new Dictionary<string, string?>
        {
            ["SealGuard:RateLimiting:PublicPerMinute"] = "1",
            ["SealGuard:DemoOrganizations"] = "3",
        });
        var (sealCode, orgName) = await limited.DeliveredSealAsync();
        var page = await limited.NewPageAsync(width: 375, height: 812);
        var verification = $"/?sealCode={sealCode}&orgName={Uri.EscapeDataString(orgName)}";

        (await page.GotoAsync("/"))!.Status.ShouldBe(200, "opening the form is not a verification");
        (await page.GotoAsync(verification))!.Status.ShouldBe(200);
        var response = await page.GotoAsync(verification);

        response!.Status.ShouldBe(429);
        int.Parse((await response.HeaderValueAsync("retry-after"))!, System.Globalization.CultureInfo.InvariantCulture).ShouldBeInRange(1, 60);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "请求过于频繁" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("retry-after")).ToContainTextAsync("秒后重试");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "返回首页" })).ToBeVisibleAsync();
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(375);
        (await page.SeriousViolationsAsync()).ShouldBeEmpty();
        await page.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("public-rate-limited-phone"), FullPage = true });
    }
}
