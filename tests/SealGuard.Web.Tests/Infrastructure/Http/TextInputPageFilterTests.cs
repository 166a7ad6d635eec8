using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Codes;
using SealGuard.Web.Seeding.Demo;

namespace SealGuard.Web.Tests.Infrastructure.Http;

/// <summary>
/// A page form posted with a control character or bidi override comes back as the page with the message under the
/// offending field, its handler never run; the API keeps answering with the 400 problem (<see cref="TextInputGuardTests"/>).
/// </summary>
public sealed class TextInputPageFilterTests(SharedApps apps)
{
    private const string AuthCookie = "sealguard";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_nul_in_an_intake_field_shows_the_wizard_with_the_message_under_that_field_and_nothing_is_written(string provider)
    {
        var app = await apps.GetAsync(provider);
        var (browser, _) = await app.SignInWithCookieAsync("shop.demo");
        var data = TestData.Synthetic();
        var creditCode = data.CreditCode("410702").Value;
        var legal = data.IdNumber("410702").Value;

        // The wizard posts multipart (it carries the documents); an url-encoded NUL is already refused by the form reader.
        var response = await PostMultipartAsync(browser, "/Shop/Intake", new()
        {
            ["Org.CreditCode"] = creditCode,
            ["Org.Name"] = "新乡市\0恒泰商贸有限公司",
            ["Org.Type"] = "1",
            ["Org.DivisionCode"] = "410702",
            ["Org.Address"] = "新乡市红旗区人民路 1 号",
            ["Org.LegalRepresentative.Name"] = "王建国",
            ["Org.LegalRepresentative.IdNumber"] = legal,
            ["Org.LegalRepresentative.Phone"] = "13800000000",
            ["AgentIsLegalRepresentative"] = "true",
            ["Reason"] = "New",
            ["Seals[0].Type"] = "01",
            ["Seals[0].Material"] = "01",
            ["Seals[0].Shape"] = "01",
            ["Seals[0].Spec"] = "R40",
            ["Seals[0].Text"] = "新乡市恒泰商贸有限公司",
        });

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Feedback(html, "Org_Name").ShouldBe(Messages.Get("Text.ForbiddenCharacters"));
        Feedback(html, "Org_Address").ShouldBeEmpty();
        html.ShouldContain("data-testid=\"text-input-refused\"");
        (await app.WithDbAsync(db => db.Organizations.AnyAsync(o => o.CreditCode == creditCode, TestContext.Current.CancellationToken))).ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_nul_in_the_delivery_recipient_shows_the_seal_page_with_the_message_under_that_field_and_the_seal_is_not_delivered(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var code = (await shop.FileAndEngraveAsync()).Seals[0].SealCode;
        await (await shop.UploadImprintAsync(code)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var (browser, _) = await app.SignInWithCookieAsync("shop.demo");
        var recipient = TestData.Person();

        var response = await PostMultipartAsync(browser, $"/Shop/Seals/{code}", new()
        {
            ["Recipient.Name"] = recipient.Name + "\0",
            ["Recipient.IdNumber"] = recipient.IdNumber!,
        }, "?handler=Deliver");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Feedback(html, "Recipient_name").ShouldBe(Messages.Get("Text.ForbiddenCharacters"));
        Feedback(html, "Recipient_idNumber").ShouldBeEmpty();
        (await shop.GetSealAsync(code)).FlowState.ShouldBe(Core.Filings.FlowState.Engraved);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_bidi_override_in_the_login_user_name_shows_the_login_page_with_the_message_under_it_and_signs_nobody_in(string provider)
    {
        var app = await apps.GetAsync(provider);

        var response = await SealGuardApp.PostFormAsync(app.ClientWith(new()), "/Account/Login", "/Account/Login",
            new() { ["Input.UserName"] = "police\u202E.demo", ["Input.Password"] = DemoSeeder.DemoPassword });

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        LoginFeedback(html, "Input.UserName").ShouldBe(Messages.Get("Text.ForbiddenCharacters"));
        LoginFeedback(html, "Input.Password").ShouldBeEmpty();
        (response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : []).ShouldNotContain(c => c.StartsWith(AuthCookie + "=", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_script_posting_a_page_handler_for_json_gets_the_400_problem(string provider)
    {
        var (browser, _) = await (await apps.GetAsync(provider)).SignInWithCookieAsync("shop.demo");
        browser.DefaultRequestHeaders.Accept.ParseAdd("application/json");

        var response = await SealGuardApp.PostFormAsync(browser, "/Shop/Intake", "/Shop/Intake?handler=Validate", new() { ["kind"] = "phone", ["value"] = "138\u0007" });

        (await response.ShouldNameFieldsAsync("value"))["value"].ShouldBe([Messages.Get("Text.ForbiddenCharacters")]);
    }

    private static async Task<HttpResponseMessage> PostMultipartAsync(HttpClient browser, string page, Dictionary<string, string> fields, string handler = "")
    {
        var ct = TestContext.Current.CancellationToken;
        fields["__RequestVerificationToken"] = PageBrowser.AntiforgeryToken(await (await browser.GetAsync(page, ct)).Content.ReadAsStringAsync(ct));
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        return await browser.PostAsync(page + handler, content, ct);
    }

    private static string Feedback(string html, string id)
    {
        var match = Regex.Match(html, $"<div id=\"{id}_error\" class=\"invalid-feedback[^\"]*\">(?<text>[^<]*)</div>");
        match.Success.ShouldBeTrue($"no feedback element for {id}");
        return System.Net.WebUtility.HtmlDecode(match.Groups["text"].Value);
    }

    private static string LoginFeedback(string html, string name)
    {
        var match = Regex.Match(html, $"<span class=\"invalid-feedback [^\"]*\"[^>]* data-valmsg-for=\"{Regex.Escape(name)}\"[^>]*>(?<text>[^<]*)</span>");
        match.Success.ShouldBeTrue($"no feedback element for {name}");
        return System.Net.WebUtility.HtmlDecode(match.Groups["text"].Value);
    }
}
