using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SealGuard.BrowserTests.Infrastructure;
using SealGuard.Core.Filings;
using SealGuard.Web.Data;
using SealGuard.Web.Seeding.Demo;

namespace SealGuard.BrowserTests.Hosting;

/// <summary>
/// The main pages of every area under the Content-Security-Policy (no inline script or style): none reports a
/// violation, and what their scripts do still works.
/// </summary>
public sealed class ContentSecurityPolicyTests(BrowserApp app)
{
    [Fact]
    public async Task The_public_pages_verify_and_list_shops_without_a_policy_violation()
    {
        var (sealCode, orgName) = await app.DeliveredSealAsync();
        var page = await app.NewPageAsync();
        var csp = await CspWatch.StartAsync(page);

        await OpenAsync(page, "/Account/Login");
        await OpenAsync(page, "/");
        await page.GetByLabel("印章编码").FillAsync(sealCode);
        await page.GetByLabel("用章单位名称").FillAsync(orgName);
        await page.GetByRole(AriaRole.Button, new() { Name = "核验" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("verification-result")).ToHaveAttributeAsync("data-result", "Valid");
        await OpenAsync(page, "/Public/Shops?division=410702");

        csp.Violations.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_shop_terminal_runs_its_live_checks_wizard_previews_and_print_button_without_a_policy_violation()
    {
        var seal = await DemoShopSealAsync();
        var page = await app.SignInAsync("shop.demo");
        var csp = await CspWatch.StartAsync(page);

        await OpenAsync(page, "/Shop");
        await OpenAsync(page, "/Shop/Intake");
        await page.Locator("#Org_CreditCode").FillAsync("91410702MA0000000X");
        await page.Locator("#Org_CreditCode").BlurAsync();
        await Assertions.Expect(page.Locator("#Org_CreditCode_error")).ToBeVisibleAsync();
        // 下一步 asks the server's checks (a fetch), which keep the step and put the errors under the fields.
        await page.GetByRole(AriaRole.Button, new() { Name = "下一步" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Org_Name_error")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#seal-rows svg path[data-char]").First).ToBeAttachedAsync();
        await page.Locator("#Document_BusinessLicense").SetInputFilesAsync(new FilePayload { Name = "license.png", MimeType = "image/png", Buffer = Png() });
        await Assertions.Expect(page.GetByTestId("staged-BusinessLicense").Locator("li img")).ToHaveCountAsync(1);

        await OpenAsync(page, "/Shop/Seals");
        await OpenAsync(page, "/Shop/Seals/" + seal.SealCode);
        await OpenAsync(page, "/Shop/Staff");
        await OpenAsync(page, "/Shop/Intake/Receipt?filingId=" + seal.FilingId);
        await page.EvaluateAsync("() => { window.sgPrinted = false; window.print = () => { window.sgPrinted = true; }; }");
        await page.GetByRole(AriaRole.Button, new() { Name = "打印" }).ClickAsync();
        (await page.EvaluateAsync<bool>("() => window.sgPrinted")).ShouldBeTrue("the print button is wired without an inline handler");

        csp.Violations.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_police_console_draws_its_charts_and_tooltips_without_a_policy_violation()
    {
        var seal = await DemoShopSealAsync();
        var page = await app.SignInAsync("police.admin");
        var csp = await CspWatch.StartAsync(page);

        await OpenAsync(page, "/Police");
        await Assertions.Expect(page.Locator(".sg-chart canvas")).ToHaveCountAsync(5);
        await page.Locator("#chart-perMonth canvas").HoverAsync();
        await page.Locator("#chart-byType canvas").HoverAsync();
        await OpenAsync(page, "/Police/Seals?orgName=" + Uri.EscapeDataString(seal.OrgName));
        await OpenAsync(page, "/Police/Seals/" + seal.SealCode);
        await OpenAsync(page, "/Police/Organizations/" + seal.CreditCode);
        await OpenAsync(page, "/Police/Shops");
        await OpenAsync(page, "/Police/Shops/" + DemoSeeder.DemoShopCode);
        await Assertions.Expect(page.GetByTestId("volume").Locator("svg.sg-bar")).ToHaveCountAsync(12);
        await OpenAsync(page, "/Police/Audit");

        csp.Violations.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_admin_console_runs_without_a_policy_violation()
    {
        var page = await app.SignInAsync("admin.demo");
        var csp = await CspWatch.StartAsync(page);

        await OpenAsync(page, "/Admin/Users");
        await OpenAsync(page, "/Admin/CodeTables");
        await OpenAsync(page, "/Admin/Divisions");

        csp.Violations.ShouldBeEmpty();
    }

    private static async Task OpenAsync(IPage page, string path)
    {
        var response = await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });
        response!.Status.ShouldBe(200, path);
    }

    /// <summary>A delivered seal of the demo shop, with what its pages are addressed by.</summary>
    private async Task<(string SealCode, long FilingId, string OrgName, string CreditCode)> DemoShopSealAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SealGuardDbContext>();
        return await (from s in db.Seals
                      join o in db.Organizations on s.OrganizationId equals o.Id
                      join shop in db.Shops on s.ShopId equals shop.Id
                      where shop.ShopCode == DemoSeeder.DemoShopCode && s.Flow == FlowState.Delivered
                      orderby s.Id
                      select new ValueTuple<string, long, string, string>(s.SealCode, s.FilingId, o.Name, o.CreditCode)).FirstAsync();
    }

    private static byte[] Png()
    {
        using var bitmap = new SkiaSharp.SKBitmap(64, 64);
        bitmap.Erase(SkiaSharp.SKColors.White);
        using var data = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
