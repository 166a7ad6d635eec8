using Microsoft.Playwright;
using SealGuard.BrowserTests.Infrastructure;

namespace SealGuard.BrowserTests.Account;

public sealed class SignInJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task A_wrong_password_is_explained_in_chinese_the_user_name_is_kept_and_the_password_is_not()
    {
        var page = await app.NewPageAsync();
        var hosts = new HostWatch(page, app.BaseAddress);
        await page.GotoAsync("/Account/Login");
        (await page.SeriousViolationsAsync()).ShouldBeEmpty();

        await page.GetByLabel("用户名").FillAsync("police.demo");
        await page.GetByLabel("密码").FillAsync("wrong-password-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("用户名或密码错误");
        await Assertions.Expect(page.GetByLabel("用户名")).ToHaveValueAsync("police.demo");
        await Assertions.Expect(page.GetByLabel("密码")).ToHaveAttributeAsync("type", "password");
        await Assertions.Expect(page.GetByLabel("密码")).ToHaveValueAsync(string.Empty);
        (await page.ContentAsync()).ShouldNotContain("wrong-password-1");
        hosts.ForeignRequests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Each_role_lands_on_its_own_console_and_signs_out_again()
    {
        var page = await app.SignInAsync("police.demo");
        page.Url.ShouldEndWith("/Police");
        await Assertions.Expect(page.GetByTestId("current-user")).ToContainTextAsync("民警");

        await page.GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync();
        await page.GotoAsync("/Police");
        page.Url.ShouldContain("/Account/Login");
    }
}
