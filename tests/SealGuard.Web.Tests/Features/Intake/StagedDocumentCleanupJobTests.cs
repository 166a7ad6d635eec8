using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SealGuard.Core.Filings;
using SealGuard.Web.Features.Intake;
using SealGuard.Web.Infrastructure.Blobs;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Intake;

/// <summary>
/// The cleanup job deletes every expired upload of the app, so it runs on the isolated apps: on a shared app, its clock a
/// day ahead would delete the uploads other tests have just staged.
/// </summary>
[Collection(nameof(IsolatedFilingGroup))]
public sealed class StagedDocumentCleanupJobTests(IsolatedFilingApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_expired_upload_is_refused_and_the_job_forgets_it(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var ct = TestContext.Current.CancellationToken;
        var expired = await shop.StageDocumentAsync(DocumentKind.BusinessLicense);
        var fresh = await shop.StageDocumentAsync(DocumentKind.BusinessLicense);
        var afterLifetime = fresh.ExpiresAt.AddMinutes(1);
        await app.WithDbAsync(db => db.StagedDocuments.Where(d => d.Id == expired.Id).ExecuteUpdateAsync(u => u.SetProperty(d => d.ExpiresAt, DateTime.UtcNow.AddSeconds(-1)), ct));

        await (await shop.PostIntakeAsync(TestData.Intake() with { DocumentIds = [expired.Id] })).ShouldNameFieldsAsync(FileIntakeHandler.DocumentIdsField);

        using (var scope = app.Services.CreateScope())
        {
            await new StagedDocumentCleanupJob(new FakeTimeProvider(DateTimeOffset.UtcNow)).RunAsync(scope.ServiceProvider, ct);
        }

        (await app.WithDbAsync(db => db.StagedDocuments.Where(d => d.Id == expired.Id || d.Id == fresh.Id).Select(d => d.Id).ToListAsync(ct))).ShouldBe([fresh.Id]);
        using (var scope = app.Services.CreateScope())
        {
            await new StagedDocumentCleanupJob(new FakeTimeProvider(afterLifetime)).RunAsync(scope.ServiceProvider, ct);
        }

        (await app.WithDbAsync(db => db.StagedDocuments.AnyAsync(d => d.Id == fresh.Id, ct))).ShouldBeFalse("a day later the unused upload is gone too");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_job_deletes_the_blobs_of_expired_uploads_unless_a_filed_document_has_the_same_bytes(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var ct = TestContext.Current.CancellationToken;
        var alone = await shop.StageDocumentAsync(DocumentKind.Other, TestData.Png(311, 297));
        var shared = TestData.Png(289, 305);
        var twin = await shop.StageDocumentAsync(DocumentKind.Other, shared);
        var filedCopy = await shop.StageDocumentAsync(DocumentKind.Other, shared);
        var request = await shop.WithMaterialsAsync(TestData.Intake());
        await shop.FileAsync(request with { DocumentIds = [.. request.DocumentIds!, filedCopy.Id] });
        var blobs = await app.WithDbAsync(db => db.StagedDocuments.Where(d => d.Id == alone.Id || d.Id == twin.Id)
            .ToDictionaryAsync(d => d.Id, d => new[] { d.Sha256, d.NormalizedSha256, d.ThumbnailSha256 }, ct));
        await app.WithDbAsync(db => db.StagedDocuments.Where(d => d.Id == alone.Id || d.Id == twin.Id).ExecuteUpdateAsync(u => u.SetProperty(d => d.ExpiresAt, DateTime.UtcNow.AddSeconds(-1)), ct));
        var store = app.Services.GetRequiredService<IBlobStore>();
        foreach (var id in blobs.Values.SelectMany(b => b))
        {
            (await store.ExistsAsync(id, ct)).ShouldBeTrue();
        }

        using (var scope = app.Services.CreateScope())
        {
            await new StagedDocumentCleanupJob(new FakeTimeProvider(DateTimeOffset.UtcNow)).RunAsync(scope.ServiceProvider, ct);
        }

        foreach (var id in blobs[alone.Id])
        {
            (await store.ExistsAsync(id, ct)).ShouldBeFalse("an expired upload's blobs nothing else refers to are deleted");
        }

        // The filed document is the same file: its original and normalized image stay readable.
        (await store.ExistsAsync(blobs[twin.Id][0], ct)).ShouldBeTrue();
        (await store.ExistsAsync(blobs[twin.Id][1], ct)).ShouldBeTrue();
        var filed = await app.WithDbAsync(db => db.FilingDocuments.Where(d => d.Sha256 == blobs[twin.Id][0]).Select(d => d.NormalizedSha256).ToListAsync(ct));
        filed.ShouldHaveSingleItem().ShouldBe(blobs[twin.Id][1]);
    }
}
