using System.Globalization;
using Microsoft.Playwright;
using SealGuard.BrowserTests.Infrastructure;
using SealGuard.Core.Synthetic;

namespace SealGuard.BrowserTests.Shop;

/// <summary>
/// 从业人员: the shop's manager registers a member, the officer returns it (the name does not match the ID), the
/// manager corrects it, the officer accepts it, and from then on the clerk can choose the member as a seal's engraver.
/// </summary>
public sealed class StaffJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task A_member_registered_returned_corrected_and_accepted_can_be_chosen_as_the_engraver()
    {
        var data = new SyntheticData(240);
        var (typo, name) = (data.PersonName(), data.PersonName());
        var (idNumber, phone) = (data.IdNumber("410702").Value, data.MobilePhone().Value);
        var startDate = DateTime.UtcNow.AddDays(-30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var filing = await app.FileAsync(seed: 241, engraved: false, "01");

        var manager = await app.SignInAsync("shop.manager");
        var csp = await CspWatch.StartAsync(manager);
        await manager.GotoAsync("/Shop/Staff");
        await manager.GetByTestId("register-staff").ClickAsync();
        await FillAsync(manager, typo, idNumber, phone);
        await manager.GetByLabel("岗位").SelectOptionAsync(new SelectOptionValue { Label = "刻字人员" });
        await manager.GetByLabel("入职日期").FillAsync(startDate);
        await manager.GetByRole(AriaRole.Button, new() { Name = "提交公安审核" }).ClickAsync();
        await Assertions.Expect(manager.GetByTestId("staff-submitted")).ToBeVisibleAsync();
        await Assertions.Expect(manager.GetByTestId("staff-state")).ToContainTextAsync("待审核");
        var memberPath = new Uri(manager.Url).AbsolutePath;

        var police = await app.SignInAsync("police.demo");
        var policeCsp = await CspWatch.StartAsync(police);
        await police.GotoAsync("/Police/Staff");
        var row = police.GetByTestId("staff-table").Locator("tr", new() { HasText = typo });
        await row.GetByRole(AriaRole.Link).Last.ClickAsync();
        await police.GetByLabel("退回原因").FillAsync("姓名与身份证不一致，请核对后更正");
        await police.GetByRole(AriaRole.Button, new() { Name = "退回" }).ClickAsync();
        await Assertions.Expect(police.GetByTestId("staff-decided")).ToContainTextAsync("姓名与身份证不一致");
        var staffPath = new Uri(police.Url).AbsolutePath;

        await manager.GotoAsync(memberPath);
        await Assertions.Expect(manager.GetByTestId("return-reason")).ToContainTextAsync("姓名与身份证不一致");
        await manager.GetByTestId("correct-staff").ClickAsync();
        await FillAsync(manager, name, idNumber, phone);
        await manager.GetByRole(AriaRole.Button, new() { Name = "更正后重新提交" }).ClickAsync();
        await Assertions.Expect(manager.GetByTestId("staff-state")).ToContainTextAsync("待审核");
        (await manager.SeriousViolationsAsync()).ShouldBeEmpty();

        await police.GotoAsync(staffPath);
        await Assertions.Expect(police.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(name);
        await police.GetByRole(AriaRole.Button, new() { Name = "审核通过" }).ClickAsync();
        await Assertions.Expect(police.GetByTestId("staff-state")).ToContainTextAsync("已备案");
        (await police.SeriousViolationsAsync()).ShouldBeEmpty();

        var clerk = await app.SignInAsync("shop.demo");
        var clerkCsp = await CspWatch.StartAsync(clerk);
        await clerk.GotoAsync("/Shop/Seals/" + filing.SealCodes[0]);
        var engraver = clerk.GetByLabel("制作人（本店从业人员）");
        await engraver.SelectOptionAsync(new SelectOptionValue { Label = name + "（刻字人员）" });
        await clerk.GetByTestId("engrave-form").GetByRole(AriaRole.Button, new() { Name = "登记制作" }).ClickAsync();
        await Assertions.Expect(clerk.GetByTestId("done")).ToBeVisibleAsync();
        await Assertions.Expect(clerk.GetByTestId("flow-state")).ToContainTextAsync("已制作");
        await Assertions.Expect(clerk.Locator("body")).ToContainTextAsync(name);
        await clerk.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("shop-engraved-by-new-member"), FullPage = true });
        csp.Violations.ShouldBeEmpty();
        policeCsp.Violations.ShouldBeEmpty();
        clerkCsp.Violations.ShouldBeEmpty();
    }

    private static async Task FillAsync(IPage page, string name, string idNumber, string phone)
    {
        await page.GetByLabel("姓名").FillAsync(name);
        await page.GetByLabel("身份证号").FillAsync(idNumber);
        await page.GetByLabel("手机号").FillAsync(phone);
    }
}
