using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SealGuard.Core;
using SealGuard.Core.Codes;
using SealGuard.Web.Features.Intake;
using SealGuard.Web.Infrastructure.Http;
using SealGuard.Web.Seeding.Demo;
using SealGuard.Web.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace SealGuard.Web.Tests.Features.Intake;

/// <summary>The 备案回执 as page and PDF: the filing number, the masked agent, the shop, the signature lines; only for the filing's shop.</summary>
public sealed class FilingReceiptTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Intake_gets_a_filing_number_of_the_shop_and_year_that_the_receipt_and_the_seal_page_show(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var request = TestData.Intake();
        var agent = request.Agent!;
        var shop = await app.SignInAsync("shop.demo");
        var filing = await shop.FileAsync(request);

        FilingNumber.TryParse(filing.FilingNumber, out var number, out _).ShouldBeTrue(filing.FilingNumber);
        number.ShopCode.ShouldBe(DemoSeeder.DemoShopCode);
        number.Year.ShouldBe(ChinaTime.Today(TimeProvider.System).Year);
        (await app.WithDbAsync(db => db.Filings.Where(f => f.Id == filing.FilingId).Select(f => f.FilingNumber).SingleAsync(ct))).ShouldBe(filing.FilingNumber);

        var pages = await app.SignInPagesAsync("shop.demo");
        var receipt = WebUtility.HtmlDecode(await pages.GetStringAsync($"/Shop/Intake/Receipt?filingId={filing.FilingId}", ct));
        receipt.ShouldContain(filing.FilingNumber);
        receipt.ShouldContain(FilingRequests.Masked(agent.IdNumber!));
        receipt.ShouldNotContain(agent.IdNumber!);
        receipt.ShouldContain(agent.Name!);
        receipt.ShouldContain("经办人签字");
        receipt.ShouldContain("刻章单位盖章");
        receipt.ShouldContain("刻章单位地址");
        receipt.ShouldContain("/api/v1/filings/" + filing.FilingId + "/receipt.pdf");
        receipt.ShouldNotContain("orgName=", Case.Insensitive, "the long verification address goes into the QR code only");
        receipt.ShouldContain("media=\"print\"");

        var details = WebUtility.HtmlDecode(await pages.GetStringAsync($"/Shop/Seals/{filing.Seals[0].SealCode}", ct));
        details.ShouldContain(filing.FilingNumber);

        (await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == GetFilingReceiptHandler.AuditAction && a.EntityKey == filing.FilingId.ToString(CultureInfo.InvariantCulture) && a.ActorName == "shop.demo", ct)))
            .ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_receipt_pdf_is_one_A4_page_in_Chinese_with_the_filing_number_and_the_agent_masked(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var request = TestData.Intake(sealTypes: ["01", "02"]);
        var agent = request.Agent!;
        var shop = await app.SignInAsync("shop.demo");
        var filing = await shop.FileAsync(request);

        var response = await shop.GetAsync($"/api/v1/filings/{filing.FilingId}/receipt.pdf", ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync(ct));
        pdf.NumberOfPages.ShouldBe(1);
        var page = pdf.GetPage(1);
        page.Width.ShouldBe(595.28, 0.5);
        page.Height.ShouldBe(841.89, 0.5);
        var text = PdfReading.Text(page);
        text.ShouldContain("印章刻制备案回执");
        text.ShouldContain(filing.FilingNumber);
        text.ShouldContain(request.Organization!.Name!);
        text.ShouldContain(request.Organization.CreditCode!);
        text.ShouldContain(agent.Name!);
        text.ShouldNotContain("⽤", customMessage: "a glyph shared with a Kangxi radical must copy as the ideograph");
        text.ShouldContain("用章单位");
        text.ShouldContain(FilingRequests.Masked(agent.IdNumber!));
        text.ShouldNotContain(agent.IdNumber!);
        text.ShouldNotContain(agent.Phone!);
        foreach (var seal in filing.Seals)
        {
            text.ShouldContain(seal.SealCode);
        }

        text.ShouldContain("单位专用章");
        text.ShouldContain("经办人签字");
        text.ShouldContain("刻章单位盖章");
        (await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == GetFilingReceiptHandler.AuditAction && a.EntityKey == filing.FilingId.ToString(CultureInfo.InvariantCulture) && a.Detail!.EndsWith(" pdf"), ct)))
            .ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_receipt_pdf_carries_a_qr_code_of_each_seals_public_verification_address(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var request = TestData.Intake();
        var shop = await app.SignInAsync("shop.demo");
        var filing = await shop.FileAsync(request);
        var code = filing.Seals.ShouldHaveSingleItem().SealCode;

        using var pdf = PdfDocument.Open(await shop.GetByteArrayAsync($"/api/v1/filings/{filing.FilingId}/receipt.pdf", ct));

        var page = pdf.GetPage(1);
        var verification = app.Services.GetRequiredService<PublicBaseUrl>().Verification(code, request.Organization!.Name!);
        PdfReading.HasQrCode(page, verification).ShouldBeTrue("scanning the receipt opens the seal's verification with both fields filled in");
        PdfReading.HasQrCode(page, verification + "x").ShouldBeFalse("the read-back compares the whole code, not just its finder patterns");
        PdfReading.Text(page).ShouldContain(app.Services.GetRequiredService<PublicBaseUrl>().Value.AbsoluteUri);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_receipt_pdf_embeds_only_the_glyphs_it_prints_so_it_stays_under_1_MB_and_reads_in_Chinese(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var request = TestData.Intake(sealTypes: ["01", "02"]);
        var shop = await app.SignInAsync("shop.demo");
        var filing = await shop.FileAsync(request);

        var bytes = await shop.GetByteArrayAsync($"/api/v1/filings/{filing.FilingId}/receipt.pdf", ct);

        bytes.Length.ShouldBeLessThan(1024 * 1024, "the packaged faces are ~15 MB each; the PDF embeds only the glyphs it prints");
        using var pdf = PdfDocument.Open(bytes);
        var text = PdfReading.Text(pdf.GetPage(1));
        text.ShouldContain("印章刻制备案回执");
        text.ShouldContain(request.Organization!.Name!);
        text.ShouldContain(request.Organization.Address!);
        text.ShouldContain("刻章单位盖章");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Another_shop_gets_404_and_police_403_for_the_receipt(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var filing = await (await app.SignInAsync("shop.demo")).FileAsync(TestData.Intake());
        var url = $"/api/v1/filings/{filing.FilingId}/receipt.pdf";

        await (await (await app.LoginOtherShopAsync()).GetAsync(url, ct)).ShouldBeNotFoundAsync("Filing.NotFound");
        (await (await app.SignInAsync("police.demo")).GetAsync(url, ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == GetFilingReceiptHandler.AuditAction && a.EntityKey == filing.FilingId.ToString(CultureInfo.InvariantCulture), ct))).ShouldBe(0);
    }
}
