using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SealGuard.Core.Filings;
using SealGuard.Web.Features.Intake;
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
}
