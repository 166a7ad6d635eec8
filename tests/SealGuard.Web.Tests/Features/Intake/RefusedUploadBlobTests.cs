using System.Net;
using SealGuard.Core.Filings;
using SealGuard.Web.Tests.Infrastructure;
using SealGuard.Web.Tests.Infrastructure.Imaging;
using SkiaSharp;

namespace SealGuard.Web.Tests.Features.Intake;

/// <summary>
/// A refused upload leaves nothing behind: no row and no blob file. Counted in an isolated app's blob folder, so no other
/// test's uploads disturb the count; every image is new (random noise), so content addressing cannot hide a write.
/// </summary>
[Collection(nameof(IsolatedFilingGroup))]
public sealed class RefusedUploadBlobTests(IsolatedFilingApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_refused_imprint_leaves_no_blob_file(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var other = await app.LoginOtherShopAsync();
        var notEngraved = (await shop.FileAsync(TestData.Intake())).Seals[0].SealCode;
        var othersSeal = (await other.FileAndEngraveAsync()).Seals[0].SealCode;
        var engraved = (await shop.FileAndEngraveAsync()).Seals[0].SealCode;
        var before = BlobFiles(app);

        await (await shop.UploadImprintAsync(othersSeal, NewPng())).ShouldBeNotFoundAsync("Seal.NotFound");
        await (await shop.UploadImprintAsync(notEngraved, NewPng())).ShouldBeRefusedAsync("Seal.NotAwaitingImprint");
        await (await shop.UploadImprintAsync(engraved, Truncated(NewPng()))).ShouldNameFieldsAsync("file");

        BlobFiles(app).ShouldBe(before);
        await (await shop.UploadImprintAsync(engraved, NewPng())).ShouldHaveStatusAsync(HttpStatusCode.OK);
        BlobFiles(app).ShouldBeGreaterThan(before, "the count sees an accepted upload's blobs");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_refused_document_leaves_no_blob_file(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var other = await app.LoginOtherShopAsync();
        var own = await shop.FileAsync(TestData.Intake());
        var others = await other.FileAsync(TestData.Intake());
        var before = BlobFiles(app);

        await (await shop.UploadDocumentAsync(others.FilingId, "BusinessLicense", NewPng())).ShouldBeNotFoundAsync("Filing.NotFound");
        await (await shop.UploadDocumentAsync(own.FilingId, "Passport", NewPng())).ShouldNameFieldsAsync("kind");
        await (await shop.UploadDocumentAsync(own.FilingId, "BusinessLicense", Truncated(NewPng()))).ShouldNameFieldsAsync("file");
        (await (await app.SignInAsync("police.demo")).UploadDocumentAsync(own.FilingId, "BusinessLicense", NewPng())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        BlobFiles(app).ShouldBe(before);
        (await shop.GetSealAsync(own.Seals[0].SealCode)).Filing.Documents.ShouldHaveSingleItem().Kind.ShouldBe(DocumentKind.BusinessLicense, "only the licence filed with the intake");
    }

    private static int BlobFiles(SealGuardApp app)
    {
        var root = Path.Combine(app.DataDirectory, "blobs");
        return Directory.Exists(root) ? Directory.GetFiles(root, "*", SearchOption.AllDirectories).Length : 0;
    }

    private static byte[] NewPng()
    {
        using var noise = TestImages.NoiseBitmap(64, 64, Random.Shared.Next());
        return TestImages.Encode(noise, SKEncodedImageFormat.Png);
    }

    private static byte[] Truncated(byte[] png) => png[..(png.Length * 2 / 3)];
}
