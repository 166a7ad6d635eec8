using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SealGuard.Web.Features.Seals;
using SealGuard.Web.Infrastructure.Http;
using SealGuard.Web.Seeding.Demo;
using SealGuard.Web.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace SealGuard.Web.Tests.Features.Seals;

/// <summary>
/// The 印鉴留存卡: the imprint printed at 1:1 from its DPI, so its box on the PDF page measures the seal's diameter;
/// code, organization, shop, a verification QR code and the internal-use footer; police in their jurisdiction and the seal's shop only.
/// </summary>
public sealed class ImprintCardTests(SharedApps apps)
{
    private const double MillimetresPerPoint = 25.4 / 72;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_card_prints_a_40_mm_imprint_40_mm_wide_with_the_seal_code_shop_and_a_verification_qr_code(string provider)
    {
        var app = await apps.GetAsync(provider);
        var request = TestData.Intake();
        var shop = await app.SignInAsync("shop.demo");
        var code = (await shop.FileAndEngraveAsync(request)).Seals[0].SealCode;
        // 945 px at 600 DPI: 40.0 mm, the R40 seal's diameter.
        await (await shop.UploadImprintAsync(code, TestData.PngAt(945, 945, 600))).ShouldHaveStatusAsync(HttpStatusCode.OK);

        var response = await shop.GetAsync($"/api/v1/seals/{code}/imprint-card.pdf", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync(Ct));
        pdf.NumberOfPages.ShouldBe(1);
        var page = pdf.GetPage(1);
        var imprint = page.GetImages().ShouldHaveSingleItem();
        (imprint.BoundingBox.Width * MillimetresPerPoint).ShouldBe(40.0, 0.2, "printed at 1:1, the imprint is as wide as the seal");
        (imprint.BoundingBox.Height * MillimetresPerPoint).ShouldBe(40.0, 0.2);
        var text = PdfReading.Text(page);
        text.ShouldContain("印鉴留存卡");
        text.ShouldContain(code);
        text.ShouldContain(request.Organization!.Name!);
        text.ShouldContain(request.Organization.CreditCode!);
        text.ShouldContain("单位专用章");
        text.ShouldContain("（" + DemoSeeder.DemoShopCode + "）");
        text.ShouldContain("40.0×40.0mm（600DPI扫描）");
        text.ShouldContain("内部资料·打印人王晓燕（shop.demo）");
        var publicBaseUrl = app.Services.GetRequiredService<PublicBaseUrl>();
        PdfReading.HasQrCode(page, publicBaseUrl.Verification(code, request.Organization.Name!)).ShouldBeTrue("the QR code leads to the seal's public verification");
        (await app.AuditOfAsync("Seal", code)).Count(a => a.Action == ImprintCardPdfHandler.AuditAction && a.ActorName == "shop.demo").ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_imprint_without_a_resolution_prints_at_the_specs_width_and_says_it_is_not_measured(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var code = (await shop.FileAndEngraveAsync()).Seals[0].SealCode;
        await (await shop.UploadImprintAsync(code, TestData.Png(500, 500))).ShouldHaveStatusAsync(HttpStatusCode.OK);

        var bytes = await shop.GetByteArrayAsync($"/api/v1/seals/{code}/imprint-card.pdf", Ct);

        using var pdf = PdfDocument.Open(bytes);
        var page = pdf.GetPage(1);
        (page.GetImages().ShouldHaveSingleItem().BoundingBox.Width * MillimetresPerPoint).ShouldBe(40.0, 0.2);
        PdfReading.Text(page).ShouldContain("非实测尺寸");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Police_print_it_within_their_jurisdiction_only_another_shop_never_and_a_seal_without_imprint_is_refused(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var code = (await shop.FileAndEngraveAsync()).Seals[0].SealCode;
        var url = $"/api/v1/seals/{code}/imprint-card.pdf";
        await (await shop.GetAsync(url, Ct)).ShouldBeRefusedAsync("ImprintCard.NoImprint");
        await (await shop.UploadImprintAsync(code, TestData.PngAt(472, 472, 300))).ShouldHaveStatusAsync(HttpStatusCode.OK);

        var police = await app.SignInAsync("police.demo");
        var card = await police.GetAsync(url, Ct);
        card.StatusCode.ShouldBe(HttpStatusCode.OK);
        PdfReading.Text(await card.Content.ReadAsByteArrayAsync(Ct)).ShouldContain("内部资料·打印人张伟（police.demo）");

        // 封丘 (410727) does not see a seal of 红旗区 (410702); another shop does not see this shop's.
        await (await (await app.SignInAsync("police.fengqiu")).GetAsync(url, Ct)).ShouldBeNotFoundAsync("Seal.NotFound");
        await (await (await app.LoginOtherShopAsync()).GetAsync(url, Ct)).ShouldBeNotFoundAsync("Seal.NotFound");
        (await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == ImprintCardPdfHandler.AuditAction && a.EntityKey == code, Ct))).ShouldBe(1);
    }
}
