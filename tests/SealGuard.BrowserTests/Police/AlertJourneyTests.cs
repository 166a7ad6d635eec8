using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SealGuard.BrowserTests.Infrastructure;
using SealGuard.BrowserTests.Shop;

namespace SealGuard.BrowserTests.Police;

/// <summary>
/// 预警处置 from end to end: a shop clerk tries a second 公章 for an organization whose 公章 is in use, through the intake
/// wizard; the refusal raises rule 1 (DuplicateExclusiveSeal); an officer finds the alert in the list, assigns it to
/// himself and closes it with a note.
/// </summary>
public sealed class AlertJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task A_refused_second_official_seal_raises_an_alert_the_officer_assigns_and_closes_with_a_note()
    {
        var first = await app.FileAsync(seed: 210, engraved: false, "01");
        var shop = await app.SignInAsync("shop.demo");
        await shop.GotoAsync("/Shop/Intake");
        await shop.Locator("#Org_CreditCode").FillAsync(first.CreditCode);
        await shop.Locator("#Org_CreditCode").BlurAsync();
        // The wizard warns at once; the clerk goes on with a new 公章 anyway.
        await Assertions.Expect(shop.GetByTestId("in-use-warning")).ToBeVisibleAsync();
        await Assertions.Expect(shop.Locator("#Org_Name")).Not.ToHaveValueAsync("");
        await shop.GetByRole(AriaRole.Button, new() { Name = "下一步" }).ClickAsync();
        await shop.Locator("#Org_LegalRepresentative_Name").FillAsync(first.Person.Name!);
        await shop.Locator("#Org_LegalRepresentative_IdNumber").FillAsync(first.Person.IdNumber!);
        await shop.Locator("#AgentIsLegalRepresentative").CheckAsync();
        await shop.Locator("#Agent_Phone").FillAsync(first.Person.Phone!);
        await shop.GetByRole(AriaRole.Button, new() { Name = "下一步" }).ClickAsync();
        await shop.Locator("#Seals_0_Text").FillAsync(first.OrgName);
        await shop.GetByRole(AriaRole.Button, new() { Name = "下一步" }).ClickAsync();
        await shop.Locator("#Document_BusinessLicense").SetInputFilesAsync(new FilePayload { Name = "license.png", MimeType = "image/png", Buffer = ShopSealData.ImprintPng(300) });
        await Assertions.Expect(shop.GetByTestId("staged-BusinessLicense").Locator("li")).ToHaveCountAsync(1);
        await shop.GetByRole(AriaRole.Button, new() { Name = "下一步" }).ClickAsync();
        await shop.GetByRole(AriaRole.Button, new() { Name = "提交受理" }).ClickAsync();
        await Assertions.Expect(shop.GetByText("已有一枚在用的同类印章", new() { Exact = false }).First).ToBeVisibleAsync();
        await shop.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("shop-intake-second-official-seal-refused"), FullPage = true });

        var police = await app.SignInAsync("police.demo");
        await police.GotoAsync("/Police/Alerts");
        await police.GetByTestId("alert-total-DuplicateExclusiveSeal").ClickAsync();
        await police.WaitForURLAsync(new Regex("/Police/Alerts\\?rule=DuplicateExclusiveSeal&state=Open$"));
        await Assertions.Expect(police.GetByTestId("result-order")).ToHaveTextAsync("按预警时间从新到旧");
        await Assertions.Expect(police.Locator("th[aria-sort=descending]")).ToContainTextAsync("预警时间");
        var row = police.GetByTestId("alert-row").Filter(new() { HasText = first.CreditCode });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row.GetByTestId("alert-state")).ToHaveTextAsync("待处理");
        (await police.SeriousViolationsAsync()).ShouldBeEmpty();
        await police.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("police-alerts"), FullPage = true });

        // The header sorts the other way and keeps the filters.
        await police.GetByRole(AriaRole.Link, new() { Name = "预警时间" }).ClickAsync();
        await police.WaitForURLAsync(new Regex("/Police/Alerts\\?rule=DuplicateExclusiveSeal&state=Open&sort=createdAt$"));
        await Assertions.Expect(police.GetByTestId("result-order")).ToHaveTextAsync("按预警时间从旧到新");
        await Assertions.Expect(police.Locator("th[aria-sort=ascending]")).ToContainTextAsync("预警时间");

        await police.GetByTestId("alert-row").Filter(new() { HasText = first.CreditCode }).GetByRole(AriaRole.Link, new() { Name = "查看" }).ClickAsync();
        await Assertions.Expect(police.GetByTestId("alert-subject")).ToContainTextAsync(first.CreditCode);
        await police.GetByTestId("assign-form").GetByRole(AriaRole.Button, new() { Name = "指派" }).ClickAsync();
        await Assertions.Expect(police.GetByTestId("alert-done")).ToHaveTextAsync("已指派");
        await Assertions.Expect(police.GetByTestId("alert-state")).ToHaveTextAsync("处理中");
        await Assertions.Expect(police.GetByTestId("alert-assignee")).Not.ToBeEmptyAsync();

        // A close without a note is refused under the field; with one it closes.
        await police.GetByTestId("close-form").GetByRole(AriaRole.Button, new() { Name = "结案" }).ClickAsync();
        await Assertions.Expect(police.Locator("#noteError")).ToBeVisibleAsync();
        await police.Locator("#note").FillAsync("已约谈刻章店负责人，系客户重复下单，未刻制");
        await police.GetByTestId("close-form").GetByRole(AriaRole.Button, new() { Name = "结案" }).ClickAsync();
        await Assertions.Expect(police.GetByTestId("alert-done")).ToHaveTextAsync("已结案");
        await Assertions.Expect(police.GetByTestId("alert-state")).ToHaveTextAsync("已结案");
        await Assertions.Expect(police.GetByTestId("alert-close-note")).ToHaveTextAsync("已约谈刻章店负责人，系客户重复下单，未刻制");
        (await police.SeriousViolationsAsync()).ShouldBeEmpty();
        await police.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("police-alert-closed"), FullPage = true });

        await police.GotoAsync("/Police/Alerts?rule=DuplicateExclusiveSeal&state=Closed");
        await Assertions.Expect(police.GetByTestId("alert-row").Filter(new() { HasText = first.CreditCode }).GetByTestId("alert-state")).ToHaveTextAsync("已结案");
    }
}
