using System.Net;
using SealGuard.Core.Filings;
using SealGuard.Web.Tests.Infrastructure;
using SealGuard.Web.Tests.Infrastructure.Imaging;
using SkiaSharp;

namespace SealGuard.Web.Tests.Features.Intake;

/// <summary>
/// Request size limits on real Kestrel: JSON bodies up to 1 MB, uploads up to SealGuard:Uploads:MaxBytes (50 000
/// here). Anything larger is a 4xx problem, never a 500.
/// </summary>
[Collection(nameof(IsolatedFilingGroup))]
public sealed class RequestLimitsTests(IsolatedFilingApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_json_body_over_1_MB_is_a_413_problem(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).LoginAsync("shop.demo");
        var padding = new string('a', (1024 * 1024) + 1000);

        // See the upload test below: with Expect: 100-continue the 413 arrives before the body is written.
        shop.DefaultRequestHeaders.ExpectContinue = true;

        var response = await shop.PostRawJsonAsync("/api/v1/filings", $$"""{"reason": "New", "padding": "{{padding}}"}""");

        var problem = await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        problem.TryGetProperty("code", out var code).ShouldBeTrue(problem.GetRawText());
        code.GetString().ShouldBe("Request.TooLarge");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_imprint_over_the_upload_limit_is_refused_naming_the_file(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.LoginAsync("shop.demo");
        var filing = await shop.FileAndEngraveAsync();
        var code = filing.Seals[0].SealCode;
        var large = LargePng();
        large.Length.ShouldBeGreaterThan(IsolatedFilingApps.MaxUploadBytes);

        await (await shop.UploadImprintAsync(code, large)).ShouldNameFieldsAsync("file");

        (await shop.GetSealAsync(code)).Imprint.ShouldBeNull();
        await (await shop.UploadImprintAsync(code)).ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_document_over_the_upload_limit_is_refused_naming_the_file(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.LoginAsync("shop.demo");
        var filing = await shop.FileAsync(TestData.Intake());

        await (await shop.UploadDocumentAsync(filing.FilingId, "BusinessLicense", LargePng())).ShouldNameFieldsAsync("file");

        (await shop.GetSealAsync(filing.Seals[0].SealCode)).Filing.Documents.ShouldHaveSingleItem().Kind.ShouldBe(DocumentKind.BusinessLicense, "only the licence filed with the intake");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_upload_over_the_whole_request_limit_is_a_413_problem(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.LoginAsync("shop.demo");
        var filing = await shop.FileAndEngraveAsync();
        var code = filing.Seals[0].SealCode;
        var huge = new byte[IsolatedFilingApps.MaxUploadBytes + (1024 * 1024) + 100_000];
        Random.Shared.NextBytes(huge);

        // With Expect: 100-continue the server answers before the body is sent; otherwise Kestrel may close the
        // connection while the client is still writing, and the client sees a broken pipe instead of the 413.
        shop.DefaultRequestHeaders.ExpectContinue = true;
        var response = await shop.UploadImprintAsync(code, huge, "x.png");

        var problem = await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        problem.GetProperty("status").GetInt32().ShouldBe(413);
        (await shop.GetSealAsync(code)).Imprint.ShouldBeNull();
    }

    private static byte[] LargePng()
    {
        using var bitmap = TestImages.NoiseBitmap(200, 200, seed: 7);
        return TestImages.Encode(bitmap, SKEncodedImageFormat.Png);
    }
}
