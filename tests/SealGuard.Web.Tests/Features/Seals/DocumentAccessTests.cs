using System.Net;
using System.Text.RegularExpressions;
using SealGuard.Core.Codes;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Seals;

/// <summary>
/// An ID-card copy is opened like an ID number is revealed: police only, with a purpose, audited once. A document
/// without personal data opens without a purpose and leaves no reveal entry; an ID-card copy has no thumbnail.
/// </summary>
public sealed partial class DocumentAccessTests(SharedApps apps)
{
    private const string Purpose = "案件核查";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_id_card_copy_needs_a_purpose_and_opening_it_is_audited_once_with_the_purpose(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (filingId, idCard, _) = await FileWithDocumentsAsync(app);
        var police = await app.SignInAsync("police.demo");
        var url = $"/api/v1/filings/{filingId}/documents/{idCard}";

        foreach (var query in new[] { "", "?purpose=", "?purpose=x" })
        {
            var problem = await (await police.GetAsync(url + query, ct)).ProblemAsync(HttpStatusCode.BadRequest);
            problem.GetProperty("code").GetString().ShouldBe("Validation");
            problem.GetProperty("errors").GetProperty("purpose")[0].GetString().ShouldBe(Messages.Get("PersonalData.PurposeRequired"));
        }

        (await ViewsOfAsync(app, filingId)).ShouldBeEmpty();

        var response = await police.GetAsync($"{url}?purpose={Uri.EscapeDataString(Purpose)}", ct);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("image/png");
        response.Headers.CacheControl.ShouldNotBeNull().NoStore.ShouldBeTrue();
        var view = (await ViewsOfAsync(app, filingId)).ShouldHaveSingleItem();
        view.Purpose.ShouldBe(Purpose);
        view.ActorName.ShouldBe("police.demo");
        view.Detail.ShouldBe($"LegalRepIdCard:{idCard}");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_shop_may_not_open_an_id_card_copy_but_opens_a_business_licence_unaudited(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (filingId, idCard, licence) = await FileWithDocumentsAsync(app);
        var shop = await app.SignInAsync("shop.demo");

        var refused = await (await shop.GetAsync($"/api/v1/filings/{filingId}/documents/{idCard}?purpose={Uri.EscapeDataString(Purpose)}", ct)).ProblemAsync(HttpStatusCode.Forbidden);
        refused.GetProperty("code").GetString().ShouldBe("PersonalData.RevealForbidden");
        var opened = await shop.GetAsync($"/api/v1/filings/{filingId}/documents/{licence}", ct);
        await opened.ShouldHaveStatusAsync(HttpStatusCode.OK);
        opened.Content.Headers.ContentType?.MediaType.ShouldBe("image/png");

        (await ViewsOfAsync(app, filingId)).ShouldBeEmpty();
    }

    /// <summary>
    /// The police seal page as a browser loads it: every image it shows is fetched, and none of them is an ID-card copy
    /// or writes a reveal entry, so the real reveals are not buried under thumbnail views.
    /// </summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_police_seal_page_shows_no_id_card_picture_and_its_images_leave_no_reveal_entry(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (filingId, idCard, licence) = await FileWithDocumentsAsync(app);
        var code = await SealOfFilingAsync(app, filingId);
        var browser = await app.SignInPagesAsync("police.demo");

        var html = await (await browser.GetAsync($"/Police/Seals/{code}", ct)).Content.ReadAsStringAsync(ct);

        var images = ImagePattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["src"].Value)).ToList();
        images.ShouldContain($"/api/v1/filings/{filingId}/documents/{licence}");
        images.ShouldNotContain(i => i.Contains($"/documents/{idCard}", StringComparison.Ordinal));
        foreach (var image in images)
        {
            await (await browser.GetAsync(image, ct)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        }

        (await ViewsOfAsync(app, filingId)).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task On_the_police_seal_page_an_id_card_copy_opens_with_a_purpose_and_without_one_shows_the_error_under_the_field(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (filingId, idCard, _) = await FileWithDocumentsAsync(app);
        var code = await SealOfFilingAsync(app, filingId);
        var browser = await app.SignInPagesAsync("police.demo");
        var page = await (await browser.GetAsync($"/Police/Seals/{code}", ct)).Content.ReadAsStringAsync(ct);

        var withoutPurpose = await PostDocumentAsync(browser, code, page, filingId, idCard, " ");
        await withoutPurpose.ShouldHaveStatusAsync(HttpStatusCode.OK);
        withoutPurpose.Content.Headers.ContentType?.MediaType.ShouldBe("text/html");
        var errorPage = await withoutPurpose.Content.ReadAsStringAsync(ct);
        errorPage.ShouldContain($"id=\"documentPurpose{idCard}Error\"");
        WebUtility.HtmlDecode(errorPage).ShouldContain(Messages.Get("PersonalData.PurposeRequired"));
        (await ViewsOfAsync(app, filingId)).ShouldBeEmpty();

        var opened = await PostDocumentAsync(browser, code, page, filingId, idCard, Purpose);
        await opened.ShouldHaveStatusAsync(HttpStatusCode.OK);
        opened.Content.Headers.ContentType?.MediaType.ShouldBe("image/png");
        opened.Headers.CacheControl.ShouldNotBeNull().NoStore.ShouldBeTrue();
        (await ViewsOfAsync(app, filingId)).ShouldHaveSingleItem().Purpose.ShouldBe(Purpose);
    }

    /// <summary>A filing by shop.demo with the legal representative's ID-card copy and the business licence.</summary>
    private static async Task<(long FilingId, long IdCard, long Licence)> FileWithDocumentsAsync(SealGuardApp app)
    {
        var shop = await app.SignInAsync("shop.demo");
        var filing = await shop.FileAsync(TestData.Intake());
        var idCard = await UploadAsync(shop, filing.FilingId, "LegalRepIdCard");
        var licence = await UploadAsync(shop, filing.FilingId, "BusinessLicense");
        return (filing.FilingId, idCard, licence);
    }

    private static async Task<long> UploadAsync(HttpClient shop, long filingId, string kind)
    {
        var response = await shop.UploadDocumentAsync(filingId, kind);
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return long.Parse(response.Headers.Location!.ToString().Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Task<string> SealOfFilingAsync(SealGuardApp app, long filingId) =>
        app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
            db.Seals.Where(s => s.FilingId == filingId).Select(s => s.SealCode), TestContext.Current.CancellationToken));

    private static async Task<List<Web.Features.Audit.AuditEntry>> ViewsOfAsync(SealGuardApp app, long filingId) =>
        (await app.AuditOfAsync("Filing", filingId.ToString(System.Globalization.CultureInfo.InvariantCulture))).Where(a => a.Action == "PersonalData.DocumentViewed").ToList();

    private static Task<HttpResponseMessage> PostDocumentAsync(HttpClient browser, string sealCode, string page, long filingId, long documentId, string purpose) =>
        browser.PostAsync($"/Police/Seals/{sealCode}?handler=Document", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["filingId"] = filingId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["documentId"] = documentId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["documentPurpose"] = purpose,
            ["__RequestVerificationToken"] = PageBrowser.AntiforgeryToken(page),
        }), TestContext.Current.CancellationToken);

    [GeneratedRegex("<img [^>]*src=\"(?<src>[^\"]+)\"")]
    private static partial Regex ImagePattern();
}
