using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SealGuard.BrowserTests.Infrastructure;
using SealGuard.Web.Data;
using SealGuard.Web.Seeding.Demo;

namespace SealGuard.BrowserTests.Police;

/// <summary>
/// The date fields show and take 年-月-日 in an English browser (the browser's own date control would show mm/dd/yyyy):
/// an officer records a penalty, types an impossible day and gets the Chinese message under the field with nothing
/// saved, types a day the Chinese way, picks one in the calendar, and the penalty lists it as yyyy-MM-dd. The shop is a
/// demo shop of the jurisdiction without penalties, so the supervision journey's shop and the main demo shop are untouched.
/// </summary>
public sealed class PenaltyDateJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task An_officer_types_and_picks_the_decision_date_in_year_month_day()
    {
        var shopCode = await ShopWithoutPenaltiesAsync();
        var police = await app.SignInAsync("police.demo");
        var csp = await CspWatch.StartAsync(police);
        await police.GotoAsync("/Police/Penalties/New?shopCode=" + shopCode);
        var decidedOn = police.GetByLabel("决定日期");
        await Assertions.Expect(decidedOn).ToHaveAttributeAsync("type", "text");
        await Assertions.Expect(decidedOn).ToHaveAttributeAsync("placeholder", "年-月-日");

        await police.GetByLabel("处罚种类").SelectOptionAsync(new SelectOptionValue { Label = "警告" });
        await police.GetByLabel("决定书文号").FillAsync("新公(治)决字〔2026〕250号");
        await police.GetByLabel("法律依据").FillAsync("《印铸刻字业暨印章业治安管理办法》第十条");
        await decidedOn.FillAsync("2026-02-30");
        await police.GetByRole(AriaRole.Button, new() { Name = "保存处罚" }).ClickAsync();
        await Assertions.Expect(police.Locator("#Form_DecidedOn_dateError")).ToContainTextAsync("不是有效日期，请按“年-月-日”填写");
        await Assertions.Expect(decidedOn).ToHaveValueAsync("2026-02-30");
        await Assertions.Expect(decidedOn).ToHaveClassAsync(new Regex("is-invalid"));
        (await PenaltiesOfAsync(shopCode)).ShouldBe(0, "a form with a day that is no day saves nothing");

        // Typed the Chinese way, it shows as 年-月-日 once the officer leaves the field.
        await decidedOn.FillAsync("2026年3月5日");
        await decidedOn.BlurAsync();
        await Assertions.Expect(decidedOn).ToHaveValueAsync("2026-03-05");

        await police.GetByRole(AriaRole.Button, new() { Name = "打开日历选择日期" }).First.ClickAsync();
        var calendar = police.GetByRole(AriaRole.Dialog, new() { Name = "日历" });
        await Assertions.Expect(calendar).ToContainTextAsync("2026年3月");
        await Assertions.Expect(calendar.Locator("th")).ToHaveTextAsync(["一", "二", "三", "四", "五", "六", "日"]);
        await Assertions.Expect(calendar.GetByRole(AriaRole.Button, new() { Name = "2026年3月5日" })).ToBeFocusedAsync();
        (await police.SeriousViolationsAsync()).ShouldBeEmpty();
        await police.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("police-penalty-date"), FullPage = true });
        await calendar.GetByRole(AriaRole.Button, new() { Name = "2026年3月6日" }).ClickAsync();
        await Assertions.Expect(calendar).ToHaveCountAsync(0);
        await Assertions.Expect(decidedOn).ToHaveValueAsync("2026-03-06");

        await police.GetByRole(AriaRole.Button, new() { Name = "保存处罚" }).ClickAsync();
        await police.WaitForURLAsync("**/Police/Shops/" + shopCode);
        await Assertions.Expect(police.GetByTestId("penalties")).ToContainTextAsync("2026-03-06");
        (await PenaltiesOfAsync(shopCode)).ShouldBe(1);
        csp.Violations.ShouldBeEmpty();
    }

    private async Task<string> ShopWithoutPenaltiesAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SealGuardDbContext>();
        return await db.Shops.Where(s => s.ShopCode != DemoSeeder.DemoShopCode && s.ShopCode.StartsWith("4107") && !db.Penalties.Any(p => p.ShopId == s.Id))
            .OrderByDescending(s => s.ShopCode).Select(s => s.ShopCode).FirstAsync();
    }

    private async Task<int> PenaltiesOfAsync(string shopCode)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SealGuardDbContext>();
        return await db.Penalties.CountAsync(p => db.Shops.Any(s => s.Id == p.ShopId && s.ShopCode == shopCode));
    }
}
