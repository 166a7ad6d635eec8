using Microsoft.Playwright;
using SealGuard.BrowserTests.Infrastructure;
using SealGuard.Core.Codes;
using SealGuard.Core.Synthetic;
using SkiaSharp;

namespace SealGuard.BrowserTests.Shop;

/// <summary>The shop terminal (刻章店) as an operator uses it: intake wizard, receipt, engraving, imprint, delivery.</summary>
public sealed class ShopJourneyTests(BrowserApp app)
{
    private const string Division = "410702";

    [Fact]
    public async Task A_shop_operator_takes_an_order_and_delivers_the_seal_through_the_terminal()
    {
        var page = await app.SignInAsync("shop.demo");
        await Assertions.Expect(page.GetByTestId("stage-AwaitingEngraving")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("shop-home"), FullPage = true });

        var hosts = new HostWatch(page, app.BaseAddress);
        var urls = RecordUrls(page);
        var order = Order.Create(seed: 11, agentIsLegalRepresentative: true);
        await page.GotoAsync("/Shop/Intake");
        (await page.SeriousViolationsAsync()).ShouldBeEmpty();
        await FillIntakeAsync(page, order, screenshot: true, byKeyboard: true);
        hosts.ForeignRequests.ShouldBeEmpty();

        var code = await page.GetByTestId("allocated-code").First.GetAttributeAsync("data-code");
        code.ShouldNotBeNull();
        code.ShouldMatch("^" + Division + "[0-9]{7}$");
        await Assertions.Expect(page.GetByTestId("receipt")).ToContainTextAsync(order.OrgName);
        (await page.Locator("img.sg-qr").CountAsync()).ShouldBe(1);

        await page.GetByTestId("allocated-code").First.Locator("a").ClickAsync();
        await page.WaitForURLAsync("**/Shop/Seals/" + code);
        await page.Locator("#EngraverStaffId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByRole(AriaRole.Button, new() { Name = "登记制作" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("flow-state")).ToHaveTextAsync("已制作");

        await page.Locator("#imprintFile").SetInputFilesAsync(new FilePayload { Name = "imprint.png", MimeType = "image/png", Buffer = ImprintPng(400) });
        await Assertions.Expect(page.Locator("#imprintPreview figcaption")).ToContainTextAsync("400 × 400 px");
        await page.GetByRole(AriaRole.Button, new() { Name = "上传印模" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("imprint-size")).ToHaveTextAsync("400 × 400 px");
        await Assertions.Expect(page.GetByTestId("imprint").Locator("img")).ToBeVisibleAsync();

        // 取章人同经办人: the fields show the agent (masked) and are not posted; the server takes the agent as filed.
        await page.Locator("#Recipient_name").FillAsync("张三");
        await page.GetByLabel("取章人同经办人").CheckAsync();
        await Assertions.Expect(page.Locator("#Recipient_name")).ToBeDisabledAsync();
        await Assertions.Expect(page.Locator("#Recipient_name")).ToHaveValueAsync(order.AgentName);
        await Assertions.Expect(page.Locator("#Recipient_idNumber")).ToHaveValueAsync(Masked(order.AgentId));
        await page.GetByTestId("deliver-form").ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("shop-deliver-recipient-is-agent") });
        await page.GetByRole(AriaRole.Button, new() { Name = "确认交付" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("flow-state")).ToHaveTextAsync("已交付");
        await Assertions.Expect(page.Locator("tr", new() { HasText = "取章人" })).ToContainTextAsync(order.AgentName);
        await Assertions.Expect(page.Locator("tr", new() { HasText = "取章人" })).ToContainTextAsync(Masked(order.AgentId));
        await Assertions.Expect(page.GetByTestId("life-state")).ToHaveTextAsync("在用");
        await Assertions.Expect(page.GetByTestId("history")).ToContainTextAsync("交付");
        urls.ShouldNotContain(u => u.Contains(order.LegalRepId, StringComparison.OrdinalIgnoreCase), "an ID number typed at intake or delivery went into a URL");
    }

    [Fact]
    public async Task An_agent_without_a_power_of_attorney_is_stopped_at_the_documents_step_and_the_chosen_licence_is_kept()
    {
        var page = await app.SignInAsync("shop.demo");
        var order = Order.Create(seed: 12, agentIsLegalRepresentative: false);
        await page.GotoAsync("/Shop/Intake");
        await FillIntakeAsync(page, order, screenshot: false, stopAfterStep: 3, attachAttorney: false);

        // 下一步 asked the server's rule: the step stays, the error is under the field, the step is marked.
        await Assertions.Expect(page.Locator("#Document_PowerOfAttorney_error")).ToHaveTextAsync("须上传授权委托书");
        await Assertions.Expect(page.Locator("#intake-steps li").Nth(3)).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("has-error"));
        await Assertions.Expect(page.GetByTestId("staged-BusinessLicense")).ToContainTextAsync("license.png");

        await UploadAsync(page, "PowerOfAttorney", "attorney.png");
        await page.GetByRole(AriaRole.Button, new() { Name = "下一步" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("intake-summary")).ToContainTextAsync("授权委托书：attorney.png");
        await Assertions.Expect(page.GetByTestId("intake-summary")).ToContainTextAsync("营业执照：license.png");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交受理" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("receipt")).ToContainTextAsync(order.OrgName);
    }

    [Fact]
    public async Task A_credit_code_with_a_wrong_check_character_is_explained_under_the_field_and_the_input_is_kept()
    {
        var page = await app.SignInAsync("shop.demo");
        var order = Order.Create(seed: 13, agentIsLegalRepresentative: true);
        var valid = order.CreditCode;
        var wrongCheck = valid[..17] + (valid[17] == '0' ? '1' : '0');
        CreditCode.TryParse(wrongCheck, out _, out _).ShouldBeFalse();
        await page.GotoAsync("/Shop/Intake");
        await FillIntakeAsync(page, order with { CreditCode = wrongCheck }, screenshot: false, stopAfterStep: 0);

        var error = page.Locator("#Org_CreditCode_error");
        await Assertions.Expect(error).ToBeVisibleAsync();
        await Assertions.Expect(error).ToContainTextAsync("校验码");
        await Assertions.Expect(page.Locator("#Org_CreditCode")).ToHaveValueAsync(wrongCheck);
        await Assertions.Expect(page.Locator("#Org_Name")).ToHaveValueAsync(order.OrgName);
        await Assertions.Expect(page.Locator("#intake-steps li").First).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("has-error"));
        (await page.Locator(".sg-step:not([hidden]) #Org_CreditCode").CountAsync()).ShouldBe(1, "下一步 keeps the step holding the error");
    }

    /// <summary>The server draws each row's face from the Core model: round 公章 with star, oval 发票专用章 with the tax number, square 名章.</summary>
    [Fact]
    public async Task The_seal_preview_takes_the_shape_of_the_spec_and_explains_a_mismatch_under_the_field()
    {
        var page = await app.SignInAsync("shop.demo");
        var order = Order.Create(seed: 14, agentIsLegalRepresentative: true);
        await GoToSealsStepAsync(page, order);
        var preview = page.GetByTestId("seal-preview").First;
        var svg = preview.Locator("svg");

        await page.Locator("#Seals_0_Text").FillAsync(order.OrgName);
        await Assertions.Expect(svg).ToHaveAttributeAsync("data-outline", "Round");
        // Every character a glyph path of the packaged font: the browser needs no font of its own.
        await Assertions.Expect(svg.Locator("[data-part=ring-text] path")).ToHaveCountAsync(order.OrgName.Length);
        await Assertions.Expect(svg.Locator("text")).ToHaveCountAsync(0);
        await Assertions.Expect(svg.Locator("[data-part=star]")).ToHaveCountAsync(1);
        await Assertions.Expect(svg.Locator("[data-part=seal-code]")).ToHaveAttributeAsync("data-text", Division + "0000000");
        await preview.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("shop-seal-preview-round") });

        await page.Locator("#Seals_0_Type").SelectOptionAsync("03");
        await page.Locator("#Seals_0_Shape").SelectOptionAsync("02");
        await page.Locator("#Seals_0_Spec").SelectOptionAsync("E4030");
        await Assertions.Expect(svg).ToHaveAttributeAsync("data-outline", "Oval");
        await Assertions.Expect(svg.Locator("[data-part=tax-number]")).ToHaveAttributeAsync("data-text", order.CreditCode);
        await Assertions.Expect(svg.Locator("[data-part=tax-number] path")).ToHaveCountAsync(18);
        await Assertions.Expect(svg.Locator("[data-part=purpose]")).ToHaveAttributeAsync("data-text", "发票专用章");
        await Assertions.Expect(svg.Locator("[data-part=seal-code] path")).ToHaveCountAsync(13);
        await preview.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("shop-seal-preview-invoice") });

        // A round shape for the oval spec: the preview keeps the shape chosen, the message says what is wrong.
        await page.Locator("#Seals_0_Shape").SelectOptionAsync("01");
        await Assertions.Expect(page.Locator("#Seals_0_Shape_error")).ToContainTextAsync("发票专用章须为椭圆形");
        await Assertions.Expect(svg).ToHaveAttributeAsync("data-outline", "Round");

        await page.Locator("#Seals_0_Type").SelectOptionAsync("05");
        await page.Locator("#Seals_0_Material").SelectOptionAsync("04");
        await page.Locator("#Seals_0_Shape").SelectOptionAsync("04");
        await page.Locator("#Seals_0_Spec").SelectOptionAsync("S20");
        await page.Locator("#Seals_0_Text").FillAsync(order.LegalRepName + "印");
        await Assertions.Expect(svg).ToHaveAttributeAsync("data-outline", "Square");
        await Assertions.Expect(svg.Locator("[data-part=star]")).ToHaveCountAsync(0);
        await Assertions.Expect(svg.Locator("[data-part=text]")).ToHaveAttributeAsync("data-text", order.LegalRepName + "印");
        await Assertions.Expect(svg.Locator("[data-part=text] path")).ToHaveCountAsync(order.LegalRepName.Length + 1);
        await Assertions.Expect(svg.Locator("[data-part=seal-code]")).ToHaveAttributeAsync("data-text", Division + "0000000");
        await Assertions.Expect(page.Locator("#Seals_0_Shape_error")).ToBeHiddenAsync();
        await preview.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("shop-seal-preview-name-seal") });

        await page.Locator("#Seals_0_Text").FillAsync("张三印");
        await Assertions.Expect(page.Locator("#Seals_0_Text_error")).ToContainTextAsync(order.LegalRepName);
    }

    [Fact]
    public async Task A_replacement_without_the_replaced_seals_code_is_explained_under_that_field()
    {
        var page = await app.SignInAsync("shop.demo");
        var order = Order.Create(seed: 15, agentIsLegalRepresentative: true);
        await page.GotoAsync("/Shop/Intake");
        await FillIntakeAsync(page, order, screenshot: false, reason: "Replacement", stopAfterStep: 2);

        var error = page.Locator("#Seals_0_ReplacesSealCode_error");
        await Assertions.Expect(error).ToBeVisibleAsync();
        await Assertions.Expect(error).Not.ToBeEmptyAsync();
        await Assertions.Expect(page.Locator("#Seals_0_ReplacesSealCode")).ToHaveAttributeAsync("aria-invalid", "true");
        (await page.Locator(".sg-step:not([hidden]) #Seals_0_ReplacesSealCode").CountAsync()).ShouldBe(1, "the step holding the error is the one shown");
    }

    [Fact]
    public async Task The_live_checks_of_typed_id_numbers_never_put_the_number_in_a_url()
    {
        var page = await app.SignInAsync("shop.demo");
        var order = Order.Create(seed: 16, agentIsLegalRepresentative: false);
        var wrong = order.AgentId[..17] + (order.AgentId[17] == '0' ? '1' : '0');
        IdNumber.TryParse(wrong, out _, out _).ShouldBeFalse();
        await page.GotoAsync("/Shop/Intake");
        var urls = RecordUrls(page);
        await FillOrganizationAsync(page, order);
        await page.GetByRole(AriaRole.Button, new() { Name = "下一步" }).ClickAsync();

        var legal = page.Locator("#Org_LegalRepresentative_IdNumber");
        await legal.FillAsync(order.LegalRepId);
        await legal.BlurAsync();
        await Assertions.Expect(legal).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-valid"));
        var agent = page.Locator("#Agent_IdNumber");
        await agent.FillAsync(wrong);
        await agent.BlurAsync();
        await Assertions.Expect(agent).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-invalid"));
        await Assertions.Expect(page.Locator("#Agent_IdNumber_error")).Not.ToBeEmptyAsync();

        urls.ShouldNotBeEmpty();
        urls.ShouldNotContain(u => u.Contains(order.LegalRepId, StringComparison.OrdinalIgnoreCase) || u.Contains(wrong, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// A refusal only the submit finds (the credit code is a registered organization's, the name typed is not its
    /// registered one): the error is under the field, the chosen licence is still attached, and the corrected filing goes
    /// through without choosing the file again.
    /// </summary>
    [Fact]
    public async Task A_refusal_on_submit_keeps_the_chosen_materials_and_the_corrected_filing_goes_through_without_choosing_them_again()
    {
        var registered = await app.FileAsync(seed: 17_000 + Environment.ProcessId % 1000, engraved: false, "02");
        var page = await app.SignInAsync("shop.demo");
        var order = Order.Create(seed: 17, agentIsLegalRepresentative: true) with
        {
            CreditCode = registered.CreditCode,
            OrgName = registered.OrgName + "红旗分店",
            LegalRepName = registered.Person.Name!,
            LegalRepId = registered.Person.IdNumber!,
            AgentName = registered.Person.Name!,
            AgentId = registered.Person.IdNumber!,
        };
        await page.GotoAsync("/Shop/Intake");
        await FillIntakeAsync(page, order, screenshot: false);

        var error = page.Locator("#Org_Name_error");
        await Assertions.Expect(error).ToBeVisibleAsync();
        await Assertions.Expect(error).Not.ToBeEmptyAsync();
        await Assertions.Expect(page.Locator("#intake-steps li").First).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("has-error"));
        await Assertions.Expect(page.GetByTestId("staged-BusinessLicense")).ToContainTextAsync("license.png");
        await page.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("shop-intake-refused-on-submit"), FullPage = true });

        await page.Locator("#Org_Name").FillAsync(registered.OrgName);
        for (var step = 0; step < 4; step++)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "下一步" }).ClickAsync();
        }

        await Assertions.Expect(page.GetByTestId("intake-summary")).ToContainTextAsync("营业执照：license.png");
        await Assertions.Expect(page.GetByTestId("intake-summary")).ToContainTextAsync("红旗区（410702）");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交受理" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("receipt")).ToContainTextAsync(registered.OrgName);
    }

    /// <summary>Typing the credit code of an organization whose 公章 is in use warns at once and offers 换刻 / 遗失补刻 instead.</summary>
    [Fact]
    public async Task The_credit_code_of_an_organization_with_an_in_use_official_seal_warns_at_once_and_offers_a_replacement()
    {
        var (creditCode, sealCode, division) = await app.InUseOfficialSealAsync();
        var page = await app.SignInAsync("shop.demo");
        await page.GotoAsync("/Shop/Intake");

        await page.Locator("#Org_CreditCode").FillAsync(creditCode);
        await page.Locator("#Org_CreditCode").BlurAsync();

        var warning = page.GetByTestId("in-use-warning");
        await Assertions.Expect(warning).ToBeVisibleAsync();
        await Assertions.Expect(warning).ToContainTextAsync(sealCode);
        await Assertions.Expect(warning.GetByRole(AriaRole.Button, new() { Name = "改为换刻" })).ToBeVisibleAsync();
        await Assertions.Expect(warning.GetByRole(AriaRole.Button, new() { Name = "改为遗失补刻" })).ToBeVisibleAsync();
        // The known organization fills the step, its division through the cascade.
        await Assertions.Expect(page.Locator("#Org_DivisionCode")).ToHaveValueAsync(division);
        await Assertions.Expect(page.Locator("#Org_Name")).Not.ToHaveValueAsync("");
        await page.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("shop-intake-in-use-warning"), FullPage = true });

        await warning.GetByRole(AriaRole.Button, new() { Name = "改为换刻" }).ClickAsync();
        await Assertions.Expect(warning).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#Reason")).ToHaveValueAsync("Replacement");
        await Assertions.Expect(page.Locator("#Seals_0_ReplacesSealCode")).ToHaveValueAsync(sealCode);
    }

    /// <summary>The spec choice offers only the sizes of the shape and type chosen.</summary>
    [Fact]
    public async Task The_spec_choice_offers_only_the_sizes_that_fit_the_shape_and_type()
    {
        var page = await app.SignInAsync("shop.demo");
        await GoToSealsStepAsync(page, Order.Create(seed: 18, agentIsLegalRepresentative: true));
        var spec = page.Locator("#Seals_0_Spec option");

        await Assertions.Expect(spec).ToHaveTextAsync(["请选择", "圆形 直径40mm", "圆形 直径42mm", "圆形 直径38mm"]);
        await page.Locator("#Seals_0_Shape").SelectOptionAsync("04");
        await Assertions.Expect(spec).ToHaveTextAsync(["请选择", "正方形 20×20mm", "正方形 18×18mm"]);
        await Assertions.Expect(page.Locator("#Seals_0_Spec")).ToHaveValueAsync("");
        await page.Locator("#Seals_0_Type").SelectOptionAsync("03");
        await page.Locator("#Seals_0_Shape").SelectOptionAsync("02");
        await Assertions.Expect(spec).ToHaveTextAsync(["请选择", "椭圆形 40×30mm"]);
        await page.Locator("#Seals_0_Shape").SelectOptionAsync("01");
        await Assertions.Expect(spec).ToHaveTextAsync(["请选择"]);
    }

    /// <summary>Opens the wizard and fills the organization and people steps, to the seals step.</summary>
    private static async Task GoToSealsStepAsync(IPage page, Order order)
    {
        await page.GotoAsync("/Shop/Intake");
        await FillOrganizationAsync(page, order);
        await page.GetByRole(AriaRole.Button, new() { Name = "下一步" }).ClickAsync();
        await page.Locator("#Org_LegalRepresentative_Name").FillAsync(order.LegalRepName);
        await page.Locator("#Org_LegalRepresentative_IdNumber").FillAsync(order.LegalRepId);
        await page.Locator("#AgentIsLegalRepresentative").CheckAsync();
        await page.Locator("#Agent_Phone").FillAsync(order.Phone);
        await page.GetByRole(AriaRole.Button, new() { Name = "下一步" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Seals_0_Spec")).ToBeVisibleAsync();
    }

    private static string Masked(string idNumber) => IdNumber.TryParse(idNumber, out var parsed, out _) ? parsed.Masked : idNumber;

    /// <summary>Every URL the page requests from now on (documents, scripts, fetches).</summary>
    private static System.Collections.Concurrent.ConcurrentQueue<string> RecordUrls(IPage page)
    {
        var urls = new System.Collections.Concurrent.ConcurrentQueue<string>();
        page.Request += (_, request) => urls.Enqueue(Uri.UnescapeDataString(request.Url));
        return urls;
    }

    /// <param name="page">The intake page.</param>
    /// <param name="order">What to type.</param>
    /// <param name="screenshot">Whether to take the intake screenshot on the seals step.</param>
    /// <param name="reason">The engraving reason chosen.</param>
    /// <param name="stopAfterStep">Stop right after 下一步 on this step (2 seals, 3 documents), to look at the step's check.</param>
    /// <param name="attachAttorney">Whether an agent other than the legal representative brings the power of attorney.</param>
    /// <param name="byKeyboard">Whether the division is chosen with the keyboard (Tab into the county, arrow down).</param>
    private static async Task FillIntakeAsync(IPage page, Order order, bool screenshot, string reason = "New", int stopAfterStep = -1, bool attachAttorney = true, bool byKeyboard = false)
    {
        await FillOrganizationAsync(page, order, byKeyboard);
        await page.GetByRole(AriaRole.Button, new() { Name = "下一步" }).ClickAsync();
        if (stopAfterStep == 0)
        {
            return;
        }

        await page.Locator("#Org_LegalRepresentative_Name").FillAsync(order.LegalRepName);
        await page.Locator("#Org_LegalRepresentative_IdNumber").FillAsync(order.LegalRepId);
        if (order.AgentIsLegalRepresentative)
        {
            await page.Locator("#AgentIsLegalRepresentative").CheckAsync();
        }
        else
        {
            await page.Locator("#Agent_Name").FillAsync(order.AgentName);
            await page.Locator("#Agent_IdNumber").FillAsync(order.AgentId);
        }

        await page.Locator("#Agent_Phone").FillAsync(order.Phone);
        await page.Locator("#Reason").SelectOptionAsync(reason);
        await page.GetByRole(AriaRole.Button, new() { Name = "下一步" }).ClickAsync();

        await page.Locator("#Seals_0_Text").FillAsync(order.OrgName);
        if (screenshot)
        {
            await Assertions.Expect(page.Locator("#seal-rows svg path[data-char]").First).ToBeAttachedAsync();
            await page.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("shop-intake"), FullPage = true });
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "下一步" }).ClickAsync();
        if (stopAfterStep == 2)
        {
            return;
        }

        await Assertions.Expect(page.Locator("#Document_PowerOfAttorney_block")).ToBeVisibleAsync(new() { Visible = !order.AgentIsLegalRepresentative });
        await UploadAsync(page, "BusinessLicense", "license.png");
        if (!order.AgentIsLegalRepresentative && attachAttorney)
        {
            await UploadAsync(page, "PowerOfAttorney", "attorney.png");
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "下一步" }).ClickAsync();
        if (stopAfterStep == 3)
        {
            return;
        }

        await Assertions.Expect(page.GetByTestId("intake-summary")).ToContainTextAsync(order.OrgName);
        await page.GetByRole(AriaRole.Button, new() { Name = "提交受理" }).ClickAsync();
        await page.WaitForLoadStateAsync();
    }

    private static async Task FillOrganizationAsync(IPage page, Order order, bool byKeyboard = false)
    {
        await page.Locator("#Org_CreditCode").FillAsync(order.CreditCode);
        await page.Locator("#Org_Name").FillAsync(order.OrgName);
        await page.Locator("#Org_Type").SelectOptionAsync("02");

        // 省 → 市 → 区县 of the jurisdiction (新乡市 4107): one province and one city to choose, then its counties.
        await Assertions.Expect(page.Locator("#Org_Province option:checked")).ToHaveTextAsync("河南省");
        await Assertions.Expect(page.Locator("#Org_Prefecture option:checked")).ToHaveTextAsync("新乡市");
        await Assertions.Expect(page.Locator("#Org_DivisionCode option")).ToHaveCountAsync(16);
        if (byKeyboard)
        {
            await page.Locator("#Org_Prefecture").FocusAsync();
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.PressAsync("ArrowDown");
            await Assertions.Expect(page.Locator("#Org_DivisionCode")).ToHaveValueAsync(Division);
        }
        else
        {
            await page.Locator("#Org_DivisionCode").SelectOptionAsync(Division);
        }

        await page.Locator("#Org_Address").FillAsync("新乡市红旗区人民路18号");
    }

    /// <summary>Chooses a document; the wizard uploads it at once and lists it as attached.</summary>
    private static async Task UploadAsync(IPage page, string kind, string fileName)
    {
        var before = await page.GetByTestId("staged-" + kind).Locator("li").CountAsync();
        await page.Locator("#Document_" + kind).SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "image/png", Buffer = ImprintPng(300) });
        await Assertions.Expect(page.GetByTestId("staged-" + kind).Locator("li")).ToHaveCountAsync(before + 1);
    }

    /// <summary>A red ring on white, like a scanned imprint.</summary>
    private static byte[] ImprintPng(int size)
    {
        using var surface = SKSurface.Create(new SKImageInfo(size, size));
        surface.Canvas.Clear(SKColors.White);
        using var paint = new SKPaint { Color = SKColors.Red, IsStroke = true, StrokeWidth = size / 40f, IsAntialias = true };
        surface.Canvas.DrawCircle(size / 2f, size / 2f, size * 0.45f, paint);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private sealed record Order(string CreditCode, string OrgName, string LegalRepName, string LegalRepId, bool AgentIsLegalRepresentative, string AgentName, string AgentId, string Phone)
    {
        public static Order Create(int seed, bool agentIsLegalRepresentative)
        {
            // A fresh organization per run: the shared demo database outlives a single test.
            var data = new SyntheticData(seed * 1000 + Environment.ProcessId % 1000);
            var legalName = data.PersonName();
            var legalId = data.IdNumber(Division).Value;
            var agentName = agentIsLegalRepresentative ? legalName : data.PersonName();
            var agentId = agentIsLegalRepresentative ? legalId : data.IdNumber(Division).Value;
            return new Order(data.CreditCode(Division).Value, data.CompanyName("新乡市"), legalName, legalId, agentIsLegalRepresentative, agentName, agentId, data.MobilePhone().Value);
        }
    }
}
