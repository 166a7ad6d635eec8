using System.Net;
using System.Net.Http.Json;
using SealGuard.Web.Features.Seals;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Seals;

/// <summary>An imprint whose physical size (pixels ÷ DPI) is not the spec's is accepted with a warning the clerk sees.</summary>
public sealed class ImprintSizeWarningTests(SharedApps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_25_mm_imprint_of_a_40_mm_seal_is_accepted_with_a_warning_on_the_answer_and_the_seal(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var code = (await shop.FileAndEngraveAsync()).Seals[0].SealCode;

        // 300 px at 300 DPI is 25.4 mm; the seal is R40.
        var small = await shop.UploadImprintAsync(code, TestData.PngAt(300, 300, 300));

        var warning = (await ReadAsync(small)).SizeWarning;
        warning.ShouldNotBeNull();
        warning.Code.ShouldBe("Imprint.SizeMismatch");
        warning.Message.ShouldStartWith("印模实际尺寸约 25.4 × 25.4 mm，与印章规格 40 × 40 mm");
        (await shop.GetSealAsync(code)).Imprint!.SizeWarning!.Code.ShouldBe("Imprint.SizeMismatch");
        var (browser, _) = await app.SignInWithCookieAsync("shop.demo");
        WebUtility.HtmlDecode(await browser.GetStringAsync($"/Shop/Seals/{code}", Ct)).ShouldContain("印模实际尺寸约 25.4 × 25.4 mm");

        // A 40 mm scan replaces it and the warning goes.
        (await ReadAsync(await shop.UploadImprintAsync(code, TestData.PngAt(472, 472, 300)))).SizeWarning.ShouldBeNull();
        (await shop.GetSealAsync(code)).Imprint!.SizeWarning.ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_imprint_without_a_resolution_says_its_size_cannot_be_checked(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var code = (await shop.FileAndEngraveAsync()).Seals[0].SealCode;

        var warning = (await ReadAsync(await shop.UploadImprintAsync(code, TestData.Png(472, 472)))).SizeWarning;

        warning!.Code.ShouldBe("Imprint.DpiUnknown");
        warning.Message.ShouldContain("未记录分辨率");
    }

    private static async Task<ImprintView> ReadAsync(HttpResponseMessage response)
    {
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<ImprintView>(FilingSteps.Json, Ct))!;
    }
}
