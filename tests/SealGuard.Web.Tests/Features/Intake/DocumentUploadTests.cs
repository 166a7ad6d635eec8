using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using SealGuard.Core.Codes;
using SealGuard.Core.Filings;
using SealGuard.Web.Features.Intake;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Intake;

/// <summary>Filing material: a known kind, a real image, only to the shop's own filings, listed on the seal.</summary>
public sealed class DocumentUploadTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_uploaded_document_is_listed_on_each_seal_of_its_filing(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var filing = await shop.FileAsync(TestData.Intake(sealTypes: ["01", "02"]));
        var scan = TestData.Png(400, 300);

        var response = await shop.UploadDocumentAsync(filing.FilingId, "BusinessLicense", scan, "licence.png");

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var created = (await response.Content.ReadFromJsonAsync<DocumentView>(FilingSteps.Json, TestContext.Current.CancellationToken))!;
        response.Headers.Location.ShouldNotBeNull().ToString().ShouldBe($"/api/v1/filings/{filing.FilingId}/documents/{created.Id}");
        foreach (var seal in filing.Seals)
        {
            var documents = (await shop.GetSealAsync(seal.SealCode)).Filing.Documents;
            documents.Count.ShouldBe(2, "the licence filed with the intake and the one uploaded later");
            var listed = documents.Single(d => d.Id == created.Id);
            listed.Kind.ShouldBe(DocumentKind.BusinessLicense);
            listed.FileName.ShouldBe("licence.png");
            listed.Format.ShouldBe("Png");
            listed.WidthPx.ShouldBe(400);
            listed.HeightPx.ShouldBe(300);
            listed.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(scan)));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_invalid_kind_is_refused_naming_the_kind(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var filing = await shop.FileAsync(TestData.Intake());

        foreach (var kind in new[] { "Passport", "powerOfAttorney", "", "99" })
        {
            var errors = await (await shop.UploadDocumentAsync(filing.FilingId, kind)).ShouldNameFieldsAsync("kind");
            errors["kind"].ShouldBe([Messages.Get("Document.InvalidKind")], $"kind '{kind}'");
        }

        (await shop.GetSealAsync(filing.Seals[0].SealCode)).Filing.Documents.ShouldHaveSingleItem().Kind.ShouldBe(DocumentKind.BusinessLicense, "only the licence filed with the intake");
    }

    /// <summary>
    /// Enum.TryParse reads "BusinessLicense,PowerOfAttorney" as 1 | 4 = 5 = NewspaperNotice: a malformed kind would be
    /// stored as a newspaper notice and unlock the engraving of a lost-seal replacement.
    /// </summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_kind_naming_two_kinds_is_refused_rather_than_stored_as_a_third(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var filing = await shop.FileAsync(TestData.Intake());

        var response = await shop.UploadDocumentAsync(filing.FilingId, "BusinessLicense,PowerOfAttorney");

        await response.ShouldNameFieldsAsync("kind");
        (await shop.GetSealAsync(filing.Seals[0].SealCode)).Filing.Documents.ShouldHaveSingleItem().Kind.ShouldBe(DocumentKind.BusinessLicense, "only the licence filed with the intake");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_document_for_another_shops_filing_is_not_found(string provider)
    {
        var app = await apps.GetAsync(provider);
        var other = await app.LoginOtherShopAsync();
        var filing = await other.FileAsync(TestData.Intake(agent: TestData.Person()));
        var shop = await app.SignInAsync("shop.demo");

        await (await shop.UploadDocumentAsync(filing.FilingId, "PowerOfAttorney")).ShouldBeNotFoundAsync("Filing.NotFound");
        await (await shop.UploadDocumentAsync(987_654_321, "PowerOfAttorney")).ShouldBeNotFoundAsync("Filing.NotFound");

        (await other.GetSealAsync(filing.Seals[0].SealCode)).Filing.Documents.Select(d => d.Kind).ShouldBe([DocumentKind.BusinessLicense, DocumentKind.PowerOfAttorney], "only what the intake filed");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_document_that_is_not_an_image_or_is_missing_is_refused_naming_the_file(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var filing = await shop.FileAsync(TestData.Intake());

        await (await shop.UploadDocumentAsync(filing.FilingId, "BusinessLicense", "%PDF-1.7 not an image"u8.ToArray(), "licence.pdf")).ShouldNameFieldsAsync("file");
        var missing = await shop.PostAsync($"/api/v1/filings/{filing.FilingId}/documents", new MultipartFormDataContent { { new StringContent("BusinessLicense"), "kind" } }, TestContext.Current.CancellationToken);
        await missing.ShouldNameFieldsAsync("file");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Police_cannot_attach_documents(string provider)
    {
        var app = await apps.GetAsync(provider);
        var filing = await (await app.SignInAsync("shop.demo")).FileAsync(TestData.Intake());

        (await (await app.SignInAsync("police.demo")).UploadDocumentAsync(filing.FilingId, "BusinessLicense")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
