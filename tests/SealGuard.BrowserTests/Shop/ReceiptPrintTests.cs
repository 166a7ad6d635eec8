using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SealGuard.BrowserTests.Infrastructure;

namespace SealGuard.BrowserTests.Shop;

/// <summary>Printing: the 备案回执 as paper (print media) and the police seal record with its internal-use footer.</summary>
public sealed class ReceiptPrintTests(BrowserApp app)
{
    [Fact]
    public async Task The_receipt_prints_as_a_document_without_navigation_with_its_number_and_signature_lines()
    {
        var (filingId, filingNumber) = await app.DeliveredFilingAsync("410702000001");
        var page = await app.SignInAsync("shop.demo");
        await page.GotoAsync($"/Shop/Intake/Receipt?filingId={filingId}");
        await Assertions.Expect(page.GetByTestId("receipt-pdf")).ToBeVisibleAsync();

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Assertions.Expect(page.GetByTestId("filing-number")).ToHaveTextAsync(filingNumber);
        await Assertions.Expect(page.GetByTestId("receipt-signatures")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("receipt-signatures")).ToContainTextAsync("经办人签字");
        await Assertions.Expect(page.GetByTestId("receipt-signatures")).ToContainTextAsync("刻章单位盖章");
        await Assertions.Expect(page.Locator(".breadcrumb")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#sg-nav")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("header.sg-header")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("h1")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByTestId("receipt-pdf")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("button[data-print]")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByTestId("receipt")).Not.ToContainTextAsync("orgName=");
        await page.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("shop-receipt"), FullPage = true });

        // One A4 sheet: what chromium lays out for paper, at the stylesheet's page size.
        var pdf = await page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true });
        Regex.Count(Encoding.Latin1.GetString(pdf), @"/Type\s*/Page(?!s)").ShouldBe(1, "the receipt of a delivered filing fits one A4 sheet");
    }

    [Fact]
    public async Task The_police_seal_record_prints_without_buttons_and_with_an_internal_use_footer()
    {
        var (sealCode, _) = await app.DeliveredSealAsync();
        var page = await app.SignInAsync("police.demo");
        await page.GotoAsync("/Police/Seals/" + sealCode);
        await Assertions.Expect(page.GetByTestId("print-footer")).ToBeHiddenAsync();

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        var footer = page.GetByTestId("print-footer");
        await Assertions.Expect(footer).ToBeVisibleAsync();
        await Assertions.Expect(footer).ToContainTextAsync("内部资料");
        await Assertions.Expect(footer).ToContainTextAsync("打印人");
        await Assertions.Expect(footer).ToContainTextAsync("police.demo");
        await Assertions.Expect(footer).ToHaveTextAsync(new Regex(@"\d{4}-\d{2}-\d{2} \d{2}:\d{2}"));
        (await page.Locator(".btn:visible").CountAsync()).ShouldBe(0);
        await Assertions.Expect(page.Locator(".sg-nav")).ToBeHiddenAsync();
    }
}
