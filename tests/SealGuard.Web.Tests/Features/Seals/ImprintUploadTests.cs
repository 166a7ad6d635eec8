using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using SealGuard.Web.Features.Seals;
using SealGuard.Web.Tests.Infrastructure;
using SealGuard.Web.Tests.Infrastructure.Imaging;

namespace SealGuard.Web.Tests.Features.Seals;

/// <summary>印模: uploaded after engraving, decoded for real, described by its size, resolution and SHA-256.</summary>
public sealed class ImprintUploadTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_imprint_before_engraving_is_refused(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var code = (await shop.FileAsync(TestData.Intake())).Seals[0].SealCode;

        await (await shop.UploadImprintAsync(code)).ShouldBeRefusedAsync("Seal.NotAwaitingImprint");

        (await shop.GetSealAsync(code)).Imprint.ShouldBeNull();
    }

    /// <summary>Route enums bind by exact member name, as everywhere: <c>imprint/7</c> or <c>imprint/3</c> used to pick a rendition.</summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_imprint_rendition_is_named_exactly_never_by_number(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var code = (await shop.FileAndEngraveAsync()).Seals[0].SealCode;
        await (await shop.UploadImprintAsync(code)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        foreach (var rendition in new[] { "7", "3", "0", "-1", "thumbnail", "Original,Thumbnail" })
        {
            var errors = await (await shop.GetAsync($"/api/v1/seals/{code}/imprint/{Uri.EscapeDataString(rendition)}", TestContext.Current.CancellationToken)).ShouldNameFieldsAsync("rendition");
            errors["rendition"].ShouldBe([Core.Codes.Messages.Get("Imprint.InvalidRendition")], rendition);
        }

        var thumbnail = await shop.GetAsync($"/api/v1/seals/{code}/imprint/Thumbnail", TestContext.Current.CancellationToken);
        await thumbnail.ShouldHaveStatusAsync(HttpStatusCode.OK);
        thumbnail.Content.Headers.ContentType?.MediaType.ShouldBe("image/png");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_imprint_metadata_describes_the_uploaded_image(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var code = (await shop.FileAndEngraveAsync()).Seals[0].SealCode;
        var png = TestData.Png(320, 240);

        var response = await shop.UploadImprintAsync(code, png);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var imprint = (await response.Content.ReadFromJsonAsync<ImprintView>(FilingSteps.Json, TestContext.Current.CancellationToken))!;
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(png));
        (imprint with { SizeWarning = null }).ShouldBe(new ImprintView(code, 320, 240, null, sha256, "Png", null));
        imprint.SizeWarning!.Code.ShouldBe("Imprint.DpiUnknown");
        var stored = (await shop.GetSealAsync(code)).Imprint.ShouldNotBeNull();
        stored.Sha256.ShouldBe(sha256);
        stored.ByteSize.ShouldBe(png.Length);
        stored.WidthPx.ShouldBe(320);
        stored.HeightPx.ShouldBe(240);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_600_dpi_tiff_imprint_is_accepted_with_its_resolution(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var code = (await shop.FileAndEngraveAsync()).Seals[0].SealCode;
        var tiff = TiffTestWriter.Write(120, 100, TestImages.Pattern, xResolution: 600, yResolution: 600);

        var response = await shop.UploadImprintAsync(code, tiff, "imprint.tif");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var imprint = (await response.Content.ReadFromJsonAsync<ImprintView>(FilingSteps.Json, TestContext.Current.CancellationToken))!;
        imprint.Format.ShouldBe("Tiff");
        imprint.Dpi.ShouldBe(600);
        imprint.WidthPx.ShouldBe(120);
        imprint.HeightPx.ShouldBe(100);
        imprint.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(tiff)));
        var stored = (await shop.GetSealAsync(code)).Imprint.ShouldNotBeNull();
        stored.DpiX.ShouldBe(600);
        stored.DpiY.ShouldBe(600);
        stored.Format.ShouldBe("Tiff");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bytes_that_are_not_an_image_are_refused_naming_the_file(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var code = (await shop.FileAndEngraveAsync()).Seals[0].SealCode;
        var noise = new byte[4096];
        Random.Shared.NextBytes(noise);
        noise[0] = 0x00;

        await (await shop.UploadImprintAsync(code, noise, "x.png")).ShouldNameFieldsAsync("file");

        (await shop.GetSealAsync(code)).Imprint.ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_new_imprint_before_delivery_replaces_the_previous_one_and_none_is_taken_after(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var code = (await shop.FileAndEngraveAsync()).Seals[0].SealCode;
        await (await shop.UploadImprintAsync(code, TestData.Png(200, 200))).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var second = TestData.Png(260, 260);

        await (await shop.UploadImprintAsync(code, second)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await shop.GetSealAsync(code)).Imprint.ShouldNotBeNull().Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(second)));

        await (await shop.DeliverAsync(code)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await shop.UploadImprintAsync(code, TestData.Png(280, 280))).ShouldBeRefusedAsync("Seal.NotAwaitingImprint");
        (await shop.GetSealAsync(code)).Imprint.ShouldNotBeNull().WidthPx.ShouldBe(260);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_imprint_without_a_file_is_refused_naming_the_file(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var code = (await shop.FileAndEngraveAsync()).Seals[0].SealCode;

        var response = await shop.PutAsync($"/api/v1/seals/{code}/imprint", new MultipartFormDataContent { { new StringContent("x"), "other" } }, TestContext.Current.CancellationToken);

        await response.ShouldNameFieldsAsync("file");
    }
}
