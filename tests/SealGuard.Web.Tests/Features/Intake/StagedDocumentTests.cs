using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SealGuard.Core.Filings;
using SealGuard.Web.Features.Intake;
using SealGuard.Web.Infrastructure.Blobs;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Intake;

/// <summary>Uploads staged before the intake: kept across a refusal, used once, only by their uploader, forgotten when they expire.</summary>
public sealed class StagedDocumentTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_staged_upload_survives_a_refused_intake_and_is_used_once(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var licence = await shop.StageDocumentAsync(DocumentKind.BusinessLicense, TestData.Png(400, 300), "licence.png");
        licence.FileName.ShouldBe("licence.png");
        licence.WidthPx.ShouldBe(400);
        var intake = TestData.Intake() with { DocumentIds = [licence.Id] };

        await (await shop.PostIntakeAsync(intake with { Agent = intake.Agent! with { Phone = "12" } })).ShouldNameFieldsAsync("agent.phone");
        var filing = await shop.FileAsync(intake);

        var attached = (await shop.GetSealAsync(filing.Seals[0].SealCode)).Filing.Documents.ShouldHaveSingleItem();
        attached.FileName.ShouldBe("licence.png");
        attached.Kind.ShouldBe(DocumentKind.BusinessLicense);
        var again = await (await shop.PostIntakeAsync(TestData.Intake() with { DocumentIds = [licence.Id] })).ShouldNameFieldsAsync(FileIntakeHandler.DocumentIdsField);
        again[FileIntakeHandler.DocumentIdsField].ShouldBe(["该材料已过期或不存在，请重新上传"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_intake_that_uses_an_upload_deletes_its_thumbnail_and_keeps_its_images(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var ct = TestContext.Current.CancellationToken;
        var letter = await shop.StageDocumentAsync(DocumentKind.Other, TestData.Png(353, 271), "letter.png");
        var blobs = await app.WithDbAsync(db => db.StagedDocuments.Where(d => d.Id == letter.Id).Select(d => new[] { d.Sha256, d.NormalizedSha256, d.ThumbnailSha256 }).SingleAsync(ct));
        var store = app.Services.GetRequiredService<IBlobStore>();
        var request = await shop.WithMaterialsAsync(TestData.Intake());
        request = request with { DocumentIds = [.. request.DocumentIds!, letter.Id] };

        await (await shop.PostIntakeAsync(request with { Agent = request.Agent! with { Phone = "12" } })).ShouldNameFieldsAsync("agent.phone");
        (await store.ExistsAsync(blobs[2], ct)).ShouldBeTrue("a refused intake leaves the upload, thumbnail and all");
        await shop.FileAsync(request);

        (await store.ExistsAsync(blobs[2], ct)).ShouldBeFalse("the filed document has no thumbnail: the staged one would be left with nothing referring to it");
        (await store.ExistsAsync(blobs[0], ct)).ShouldBeTrue();
        (await store.ExistsAsync(blobs[1], ct)).ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Another_shops_staged_upload_is_refused_and_cannot_be_seen_or_removed(string provider)
    {
        var app = await apps.GetAsync(provider);
        var other = await app.LoginOtherShopAsync();
        var theirs = await other.StageDocumentAsync(DocumentKind.BusinessLicense);
        var shop = await app.SignInAsync("shop.demo");
        var ct = TestContext.Current.CancellationToken;

        await (await shop.PostIntakeAsync(TestData.Intake() with { DocumentIds = [theirs.Id] })).ShouldNameFieldsAsync(FileIntakeHandler.DocumentIdsField);
        await (await shop.GetAsync($"/api/v1/filings/staged-documents/{theirs.Id}/thumbnail", ct)).ShouldBeNotFoundAsync("Document.StagedNotFound");
        await (await shop.DeleteAsync($"/api/v1/filings/staged-documents/{theirs.Id}", ct)).ShouldBeNotFoundAsync("Document.StagedNotFound");

        // Still theirs: the owner sees it and files with it.
        var thumbnail = await other.GetAsync($"/api/v1/filings/staged-documents/{theirs.Id}/thumbnail", ct);
        await thumbnail.ShouldHaveStatusAsync(HttpStatusCode.OK);
        thumbnail.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        await other.FileAsync(TestData.Intake() with { DocumentIds = [theirs.Id] });
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_removed_upload_can_no_longer_be_used(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var licence = await shop.StageDocumentAsync(DocumentKind.BusinessLicense);

        await (await shop.DeleteAsync($"/api/v1/filings/staged-documents/{licence.Id}", TestContext.Current.CancellationToken)).ShouldHaveStatusAsync(HttpStatusCode.NoContent);

        await (await shop.PostIntakeAsync(TestData.Intake() with { DocumentIds = [licence.Id] })).ShouldNameFieldsAsync(FileIntakeHandler.DocumentIdsField);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_hostile_or_unknown_upload_is_refused_before_it_is_staged(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");

        await (await shop.PostStagedDocumentAsync("BusinessLicense", "%PDF-1.7 not an image"u8.ToArray(), "licence.pdf")).ShouldNameFieldsAsync("file");
        await (await shop.PostStagedDocumentAsync("Passport")).ShouldNameFieldsAsync("kind");
    }
}
