using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using SealGuard.Web.Tests.Infrastructure;
using SkiaSharp;

namespace SealGuard.Web.Tests.Features.Verification;

/// <summary>The public answer says where a filed seal truly stands, and shows a Valid seal's imprint only watermarked.</summary>
public sealed partial class VerificationStandingTests(SharedApps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_filed_seal_says_made_not_delivered_lost_or_surrendered_as_it_is_in_the_api_and_on_the_page(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var intake = TestData.Intake();
        var name = intake.Organization!.Name!;
        var code = (await shop.FileAsync(intake)).Seals[0].SealCode;

        await ShouldStandAsync(app, code, name, "Invalid", "制作中（已受理，尚未刻制完成）");
        await (await shop.EngraveAsync(code, await shop.EngraverIdAsync())).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await ShouldStandAsync(app, code, name, "Invalid", "尚未交付（已刻制，尚未交付使用单位）");
        await (await shop.UploadImprintAsync(code)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await shop.DeliverAsync(code)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await ShouldStandAsync(app, code, name, "Valid", "有效（已交付，在用）");
        await (await shop.ChangeLifeStateAsync(code, "loss-report", "遗失")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await ShouldStandAsync(app, code, name, "Invalid", "已挂失");
        await (await shop.ChangeLifeStateAsync(code, "surrender", "注销")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await ShouldStandAsync(app, code, name, "Invalid", "已缴销");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_valid_seal_shows_its_imprint_small_and_watermarked_and_no_other_seal_does(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var intake = TestData.Intake();
        var name = intake.Organization!.Name!;
        var code = await shop.DeliverNewSealAsync(intake);
        var anonymous = app.AnonymousClient();
        var query = $"sealCode={code}&orgName={Uri.EscapeDataString(name)}";

        var response = await anonymous.GetAsync("/api/v1/public/verification/imprint?" + query, Ct);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        using var watermarked = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync(Ct));
        Math.Max(watermarked.Width, watermarked.Height).ShouldBeLessThanOrEqualTo(160);
        using var thumbnail = SKBitmap.Decode(await shop.GetByteArrayAsync($"/api/v1/seals/{code}/imprint/Thumbnail", Ct));
        using var plain = thumbnail.Resize(new SKImageInfo(watermarked.Width, watermarked.Height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        // The watermark's strokes darken a good share of the (white) imprint; the bare imprint is not served.
        DarkenedShare(plain, watermarked).ShouldBeGreaterThan(0.03);

        var page = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/?" + query, Ct));
        var dataUri = ImprintDataUri().Match(page);
        dataUri.Success.ShouldBeTrue();
        using var onPage = SKBitmap.Decode(Convert.FromBase64String(dataUri.Groups["png"].Value));
        DarkenedShare(plain, onPage).ShouldBeGreaterThan(0.03);

        await (await shop.ChangeLifeStateAsync(code, "loss-report", "遗失")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await anonymous.GetAsync("/api/v1/public/verification/imprint?" + query, Ct)).ShouldBeNotFoundAsync("Verification.NoImprint");
        ImprintDataUri().IsMatch(WebUtility.HtmlDecode(await anonymous.GetStringAsync("/?" + query, Ct))).ShouldBeFalse();
    }

    private static async Task ShouldStandAsync(SealGuardApp app, string code, string name, string result, string status)
    {
        var client = app.AnonymousClient();
        var query = $"sealCode={code}&orgName={Uri.EscapeDataString(name)}";
        var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/public/verification?" + query, Ct)).RootElement;
        json.GetProperty("result").GetString().ShouldBe(result, status);
        json.GetProperty("status").GetString().ShouldBe(status);
        json.GetProperty("hasImprint").GetBoolean().ShouldBe(result == "Valid");

        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/?" + query, Ct));
        if (result == "Invalid")
        {
            page.ShouldContain("该印章已备案，但目前不可用：" + status);
            page.ShouldNotContain("不可用：在用");
        }

        ImprintDataUri().IsMatch(page).ShouldBe(result == "Valid", status);
    }

    /// <summary>The share of pixels clearly darker in <paramref name="marked"/> than in <paramref name="plain"/>.</summary>
    private static double DarkenedShare(SKBitmap plain, SKBitmap marked)
    {
        marked.Width.ShouldBe(plain.Width);
        var darker = 0;
        for (var y = 0; y < plain.Height; y++)
        {
            for (var x = 0; x < plain.Width; x++)
            {
                var (a, b) = (plain.GetPixel(x, y), marked.GetPixel(x, y));
                if (a.Red + a.Green + a.Blue - (b.Red + b.Green + b.Blue) > 60)
                {
                    darker++;
                }
            }
        }

        return (double)darker / (plain.Width * plain.Height);
    }

    [GeneratedRegex("src=\"data:image/png;base64,(?<png>[A-Za-z0-9+/=]+)\"")]
    private static partial Regex ImprintDataUri();
}
