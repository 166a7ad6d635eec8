using System.Net;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Areas.Police;

/// <summary>
/// 印章查询 by ID number: the number travels in one POST body, which is audited and redirects to the results under a
/// token, so Back, paging and 返回查询 return to them without the number in a URL and without a new audit entry.
/// </summary>
public sealed class SealSearchPageTests(SharedApps apps)
{
    private const string Purpose = "案件核查";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_id_number_search_is_audited_once_and_lives_at_a_url_without_the_number(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var person = TestData.Person();
        var code = await (await app.SignInAsync("shop.demo")).DeliverNewSealAsync(TestData.Intake(TestData.Organization(legalRepresentative: person)));
        var browser = await app.SignInPagesAsync("police.demo");
        var form = await (await browser.GetAsync("/Police/Seals?type=01", ct)).Content.ReadAsStringAsync(ct);
        var before = await app.LastAuditIdAsync();

        var response = await browser.PostAsync("/Police/Seals?handler=IdNumber", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["idNumber"] = person.IdNumber!,
            ["purpose"] = Purpose,
            ["type"] = "01",
            ["__RequestVerificationToken"] = PageBrowser.AntiforgeryToken(form),
        }), ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var results = response.Headers.Location.ShouldNotBeNull().OriginalString;
        results.ShouldStartWith("/Police/Seals?");
        results.ShouldContain("type=01");
        results.ShouldContain("personToken=");
        results.ShouldNotContain(person.IdNumber!);

        // The results page, again and again (Back, reload, 返回查询): the same seal, no new audit entry.
        for (var i = 0; i < 2; i++)
        {
            var page = await browser.GetAsync(results, ct);
            await page.ShouldHaveStatusAsync(HttpStatusCode.OK);
            var html = await page.Content.ReadAsStringAsync(ct);
            html.ShouldContain($"/Police/Seals/{code}?back=");
            html.ShouldContain(FilingRequests.Masked(person.IdNumber!));
            html.ShouldNotContain(person.IdNumber!);
        }

        (await app.AuditOfAsync("Person", FilingRequests.Masked(person.IdNumber!))).Where(a => a.Id > before).ShouldHaveSingleItem().Purpose.ShouldBe(Purpose);

        // The seal's page sends 返回查询 back to these results.
        var details = await (await browser.GetAsync($"/Police/Seals/{code}?back={Uri.EscapeDataString(results)}", ct)).Content.ReadAsStringAsync(ct);
        var token = results[(results.IndexOf("personToken=", StringComparison.Ordinal) + "personToken=".Length)..].Split('&')[0];
        System.Text.RegularExpressions.Regex.Match(details, "href=\"([^\"]*)\" data-testid=\"back-to-search\"").Groups[1].Value.ShouldContain("personToken=" + token);
        (await (await browser.GetAsync($"/Police/Seals/{code}?back={Uri.EscapeDataString("https://evil.example/Police/Seals")}", ct)).Content.ReadAsStringAsync(ct))
            .ShouldNotContain("evil.example");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_refused_person_search_is_answered_in_place_and_never_cached(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var browser = await app.SignInPagesAsync("police.demo");
        var form = await (await browser.GetAsync("/Police/Seals", ct)).Content.ReadAsStringAsync(ct);
        var person = TestData.Person();

        var response = await browser.PostAsync("/Police/Seals?handler=IdNumber", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["idNumber"] = person.IdNumber!,
            ["__RequestVerificationToken"] = PageBrowser.AntiforgeryToken(form),
        }), ct);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        response.Headers.Location.ShouldBeNull();
        response.Headers.CacheControl.ShouldNotBeNull().NoStore.ShouldBeTrue();
        (await response.Content.ReadAsStringAsync(ct)).ShouldContain("purposeError");
    }
}
