using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Codes;
using SealGuard.Core.Filings;
using SealGuard.Core.Organizations;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Areas.Shop;

/// <summary>变更备案 page of the shop terminal: the credit code loads the record and the shop's in-use seals; the form files the change.</summary>
public sealed class ChangeFilingPageTests(SharedApps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_shop_files_a_change_through_the_form_and_sees_it_pending(string provider)
    {
        var app = await apps.GetAsync(provider);
        var organization = TestData.Organization();
        var seal = await (await app.SignInAsync("shop.demo")).DeliverNewSealAsync(TestData.Intake(organization));
        var (browser, _) = await app.SignInWithCookieAsync("shop.demo");
        var page = $"/Shop/Changes?creditCode={organization.CreditCode}";
        var form = await (await browser.GetAsync(page, Ct)).Content.ReadAsStringAsync(Ct).Decoded();
        form.ShouldContain(organization.Name!);
        form.ShouldContain($"value=\"{seal}\"");
        var newName = organization.Name![..^4] + "集团有限公司";

        var response = await SealGuardApp.PostFormAsync(browser, page, "/Shop/Changes", new()
        {
            ["creditCode"] = organization.CreditCode!,
            ["NewName"] = newName,
            ["Note"] = "股东会决议更名",
            ["SurrenderSealCodes"] = seal,
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync(Ct));
        var change = await app.WithDbAsync(db => db.OrganizationChanges.Include(c => c.Seals).SingleAsync(c => c.OldName == organization.Name, Ct));
        change.State.ShouldBe(OrganizationChangeState.Pending);
        change.NewName.ShouldBe(newName);
        change.Seals.Select(s => s.SealCode).ShouldBe([seal]);
        var list = await (await browser.GetAsync(response.Headers.Location!.OriginalString, Ct)).Content.ReadAsStringAsync(Ct).Decoded();
        list.ShouldContain("data-testid=\"change-filed\"");
        list.ShouldContain("名称改为 " + newName);
        list.ShouldContain("待审核");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_change_without_a_reason_or_with_a_bad_id_number_shows_the_errors_under_the_fields_and_files_nothing(string provider)
    {
        var app = await apps.GetAsync(provider);
        var organization = TestData.Organization();
        await (await app.SignInAsync("shop.demo")).FileAsync(TestData.Intake(organization));
        var (browser, _) = await app.SignInWithCookieAsync("shop.demo");
        var page = $"/Shop/Changes?creditCode={organization.CreditCode}";

        var response = await SealGuardApp.PostFormAsync(browser, page, "/Shop/Changes", new()
        {
            ["creditCode"] = organization.CreditCode!,
            ["NewLegalRepresentative.Name"] = "张伟",
            ["NewLegalRepresentative.IdNumber"] = "410702199001011230",
            ["Note"] = "",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync(Ct).Decoded();
        ErrorUnder(html, "note").ShouldBe(Messages.Get("Field.Required"));
        ErrorUnder(html, "newLegalRepresentative.idNumber").ShouldNotBeEmpty();
        html.ShouldContain("value=\"张伟\"");
        (await app.WithDbAsync(db => db.OrganizationChanges.AnyAsync(c => c.OldName == organization.Name, Ct))).ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_intake_refused_for_a_changed_record_links_to_the_change_filing_of_that_credit_code(string provider)
    {
        var app = await apps.GetAsync(provider);
        var organization = TestData.Organization();
        await (await app.SignInAsync("shop.demo")).FileAsync(TestData.Intake(organization));
        var renamed = organization with { Name = organization.Name![..^4] + "集团有限公司" };
        var (browser, _) = await app.SignInWithCookieAsync("shop.demo");
        var licence = await (await app.SignInAsync("shop.demo")).StageDocumentAsync(DocumentKind.BusinessLicense);
        var seal = TestData.Seal("02", renamed);
        var person = renamed.LegalRepresentative!;

        var response = await SealGuardApp.PostFormAsync(browser, "/Shop/Intake", "/Shop/Intake", new()
        {
            ["Org.CreditCode"] = renamed.CreditCode!,
            ["Org.Name"] = renamed.Name!,
            ["Org.Type"] = renamed.Type!,
            ["Org.DivisionCode"] = renamed.DivisionCode!,
            ["Org.Address"] = renamed.Address!,
            ["Org.LegalRepresentative.Name"] = person.Name!,
            ["Org.LegalRepresentative.IdNumber"] = person.IdNumber!,
            ["Org.LegalRepresentative.Phone"] = person.Phone!,
            ["AgentIsLegalRepresentative"] = "true",
            ["Reason"] = "New",
            ["Seals[0].Type"] = seal.Type!,
            ["Seals[0].Material"] = seal.Material!,
            ["Seals[0].Shape"] = seal.Shape!,
            ["Seals[0].Spec"] = seal.Spec!,
            ["Seals[0].Text"] = seal.Text!,
            ["DocumentIds"] = licence.Id.ToString(CultureInfo.InvariantCulture),
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync(Ct).Decoded();
        html.ShouldContain("id=\"Org_Name_error\" class=\"invalid-feedback d-block\"");
        html.ShouldContain($"href=\"/Shop/Changes?creditCode={renamed.CreditCode}\"");
    }

    /// <summary>The text of the error element under the field bound to <paramref name="key"/>.</summary>
    internal static string ErrorUnder(string html, string key) =>
        System.Text.RegularExpressions.Regex.Match(html, $"data-testid=\"error-{System.Text.RegularExpressions.Regex.Escape(key)}\">([^<]*)<").Groups[1].Value.Trim();
}

/// <summary>Pages encode CJK text as character references; tests compare the text a user reads.</summary>
internal static class HtmlText
{
    public static async Task<string> Decoded(this Task<string> html) => WebUtility.HtmlDecode(await html);
}
