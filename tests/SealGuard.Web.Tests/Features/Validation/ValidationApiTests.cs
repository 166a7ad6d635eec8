using System.Net;
using System.Net.Http.Json;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Codes;
using SealGuard.Core.Divisions;
using SealGuard.Web.Features.Validation;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Validation;

/// <summary>The wizard's live checks: the same Core rules as on submit, answered as the form is filled in.</summary>
public sealed class ValidationApiTests(SharedApps apps)
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_division_outside_the_jurisdiction_or_above_county_level_is_flagged_as_typed(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");

        foreach (var (division, code) in new[] { ("110101", "Jurisdiction.Outside"), ("810000", "Jurisdiction.Outside"), ("410700", "Jurisdiction.NotCounty") })
        {
            var check = await shop.GetFromJsonAsync<CodeCheck>($"/api/v1/validation/division-code?value={division}", FilingSteps.Json, TestContext.Current.CancellationToken);

            check!.Valid.ShouldBeFalse(division);
            var fullName = DivisionCatalog.Default.FullName(division);
            check.Message.ShouldBe(code == "Jurisdiction.Outside" ? Messages.Get(code, division, fullName, "河南省新乡市") : Messages.Get(code, division, fullName), division);
        }

        (await shop.GetFromJsonAsync<CodeCheck>("/api/v1/validation/division-code?value=410727", FilingSteps.Json, TestContext.Current.CancellationToken))!.Valid.ShouldBeTrue();

        // The wizard's own handler answers the same.
        var (browser, _) = await app.SignInWithCookieAsync("shop.demo");
        (await PageCheckAsync(browser, "division-code", "110101")).Valid.ShouldBeFalse();
    }

    /// <summary>An ID number in a URL lands in proxy logs, browser histories and Referer headers: it is only checked from a POST body.</summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_id_number_is_checked_from_a_post_body_and_refused_in_a_url(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var ct = TestContext.Current.CancellationToken;
        var idNumber = TestData.Synthetic().IdNumber("410702").Value;
        var wrong = idNumber[..17] + (idNumber[17] == '0' ? '1' : '0');

        var problem = await (await shop.GetAsync($"/api/v1/validation/id-number?value={idNumber}", ct)).ProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("code").GetString().ShouldBe("Validation.IdNumberInUrl");
        problem.GetProperty("detail").GetString().ShouldBe(Messages.Get("Validation.IdNumberInUrl"));
        problem.GetRawText().ShouldNotContain(idNumber);
        // Nothing keeps the number (other tests write to this shared app's audit log at the same time, so no count).
        (await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityKey.Contains(idNumber) || (a.Detail != null && a.Detail.Contains(idNumber)), ct))).ShouldBe(0);

        (await PostCheckAsync(shop, "id-number", idNumber)).Valid.ShouldBeTrue();
        var refused = await PostCheckAsync(shop, "id-number", wrong);
        refused.Valid.ShouldBeFalse();
        refused.Message.ShouldNotBeNullOrEmpty();

        // The other kinds still answer by GET, and by POST too.
        (await shop.GetFromJsonAsync<CodeCheck>("/api/v1/validation/phone?value=123", FilingSteps.Json, ct))!.Valid.ShouldBeFalse();
        (await PostCheckAsync(shop, "phone", "123")).Valid.ShouldBeFalse();
        (await shop.PostAsJsonAsync("/api/v1/validation/unknown", new CodeValue("x"), ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The wizard checks by POST; its old GET handler is gone, so a URL with the number gets no check back.
        var (browser, _) = await app.SignInWithCookieAsync("shop.demo");
        (await PageCheckAsync(browser, "id-number", idNumber)).Valid.ShouldBeTrue();
        (await PageCheckAsync(browser, "id-number", wrong)).Valid.ShouldBeFalse();
        var viaUrl = await browser.GetAsync($"/Shop/Intake?handler=Validate&kind=id-number&value={idNumber}", ct);
        viaUrl.Content.Headers.ContentType?.MediaType.ShouldNotBe("application/json");
    }

    private static async Task<CodeCheck> PostCheckAsync(HttpClient client, string kind, string value)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/validation/{kind}", new CodeValue(value), FilingSteps.Json, TestContext.Current.CancellationToken);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<CodeCheck>(FilingSteps.Json, TestContext.Current.CancellationToken))!;
    }

    private static async Task<CodeCheck> PageCheckAsync(HttpClient browser, string kind, string value)
    {
        var response = await SealGuardApp.PostFormAsync(browser, "/Shop/Intake", "/Shop/Intake?handler=Validate", new() { ["kind"] = kind, ["value"] = value });
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<CodeCheck>(FilingSteps.Json, TestContext.Current.CancellationToken))!;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_seal_face_check_names_the_fields_the_intake_would_refuse(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");

        var wrongName = await CheckAsync(shop, new SealFaceRequest("05", "04", "04", "S20", "李四印", "新乡市恒泰商贸有限公司", "王建国", null, null));
        var roundInvoice = await CheckAsync(shop, new SealFaceRequest("03", "01", "01", "R40", "新乡市恒泰商贸有限公司", "新乡市恒泰商贸有限公司", "王建国", null, null));
        var good = await CheckAsync(shop, new SealFaceRequest("05", "04", "04", "S20", "王建国印", "新乡市恒泰商贸有限公司", "王建国", null, null));

        wrongName.Valid.ShouldBeFalse();
        wrongName.Errors["text"].ShouldBe([Messages.Get("SealFace.LegalRepresentativeNameMissing", "王建国")]);
        roundInvoice.Errors.Keys.ShouldBe(["shape", "spec"], ignoreOrder: true);
        good.Valid.ShouldBeTrue();
        good.Errors.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_preview_draws_the_outline_of_the_spec_with_its_centre_and_code(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        const string Name = "新乡市恒泰商贸有限公司";
        var creditCode = TestData.Synthetic().CreditCode("410702").Value;

        var round = await PreviewAsync(shop, new SealFaceRequest("01", "01", "01", "R40", Name, Name, "王建国", creditCode, "410702"));
        var oval = await PreviewAsync(shop, new SealFaceRequest("03", "01", "02", "E4030", Name + "发票专用章", Name, "王建国", creditCode, "410702"));
        var square = await PreviewAsync(shop, new SealFaceRequest("05", "04", "04", "S20", "王建国印", Name, "王建国", creditCode, "410702"));
        var rectangle = await PreviewAsync(shop, new SealFaceRequest("06", "01", "03", "L5020", Name + "业务专用章", Name, "王建国", creditCode, "410702"));

        round.Attribute("data-outline")!.Value.ShouldBe("Round");
        round.Descendants(Svg + "text").ShouldBeEmpty();
        Part(round, "star").ShouldNotBeNull();
        Text(round, "ring-text").ShouldBe(Name);
        Part(round, "ring-text").Elements(Svg + "path").Count().ShouldBe(Name.Length);
        Text(round, "seal-code").ShouldBe("4107020000000");

        oval.Attribute("data-outline")!.Value.ShouldBe("Oval");
        (oval.Attribute("data-width-mm")!.Value, oval.Attribute("data-height-mm")!.Value).ShouldBe(("40", "30"));
        Text(oval, "tax-number").ShouldBe(creditCode);
        Text(oval, "purpose").ShouldBe("发票专用章");
        Parts(oval, "star").ShouldBeEmpty();

        square.Attribute("data-outline")!.Value.ShouldBe("Square");
        Parts(square, "star").ShouldBeEmpty();
        Text(square, "text").ShouldBe("王建国印");
        Text(square, "seal-code").ShouldBe("4107020000000");

        rectangle.Attribute("data-outline")!.Value.ShouldBe("Rectangle");
        (rectangle.Attribute("data-width-mm")!.Value, rectangle.Attribute("data-height-mm")!.Value).ShouldBe(("50", "20"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_preview_escapes_the_inscription_and_needs_a_sign_in(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");

        var svg = await PreviewAsync(shop, new SealFaceRequest("06", "01", "03", "L5020", "<script>alert(1)</script>", null, null, null, null));

        svg.Descendants(Svg + "script").ShouldBeEmpty();
        Text(svg, "text").ShouldBe("<script>alert(1)</script>");
        var anonymous = await app.AnonymousClient().PostAsJsonAsync("/api/v1/validation/seal-preview", new SealFaceRequest("01", "01", "01", "R40", "x", null, null, null, null), TestContext.Current.CancellationToken);
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private static async Task<SealFaceCheck> CheckAsync(HttpClient client, SealFaceRequest request)
    {
        var response = await client.PostAsJsonAsync("/api/v1/validation/seal-face", request, FilingSteps.Json, TestContext.Current.CancellationToken);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<SealFaceCheck>(FilingSteps.Json, TestContext.Current.CancellationToken))!;
    }

    private static async Task<XElement> PreviewAsync(HttpClient client, SealFaceRequest request)
    {
        var response = await client.PostAsJsonAsync("/api/v1/validation/seal-preview", request, FilingSteps.Json, TestContext.Current.CancellationToken);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("image/svg+xml");
        var root = XElement.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        root.Name.ShouldBe(Svg + "svg");
        return root;
    }

    private static IEnumerable<XElement> Parts(XElement svg, string part) => svg.Descendants().Where(e => (string?)e.Attribute("data-part") == part);

    private static XElement Part(XElement svg, string part) => Parts(svg, part).First();

    private static string Text(XElement svg, string part) => (string)Part(svg, part).Attribute("data-text")!;
}
