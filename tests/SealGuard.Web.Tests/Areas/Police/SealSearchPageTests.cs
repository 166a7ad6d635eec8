using System.Net;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Areas.Police;

/// <summary>印章查询 by ID number: the number travels in a POST body only, is answered in place and never cached.</summary>
public sealed class SealSearchPageTests(SharedApps apps)
{
    private const string Purpose = "案件核查";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_id_number_search_posts_and_answers_in_place_without_a_redirect_or_cache(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var person = TestData.Person();
        var code = await (await app.SignInAsync("shop.demo")).DeliverNewSealAsync(TestData.Intake(TestData.Organization(legalRepresentative: person)));
        var browser = await app.SignInPagesAsync("police.demo");
        var form = await (await browser.GetAsync("/Police/Seals", ct)).Content.ReadAsStringAsync(ct);
        var before = await app.LastAuditIdAsync();

        var response = await browser.PostAsync("/Police/Seals?handler=IdNumber", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["idNumber"] = person.IdNumber!,
            ["purpose"] = Purpose,
            ["__RequestVerificationToken"] = PageBrowser.AntiforgeryToken(form),
        }), ct);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        response.Headers.Location.ShouldBeNull();
        response.Headers.CacheControl.ShouldNotBeNull().NoStore.ShouldBeTrue();
        (await response.Content.ReadAsStringAsync(ct)).ShouldContain($"/Police/Seals/{code}");
        (await app.AuditOfAsync("Person", FilingRequests.Masked(person.IdNumber!))).Where(a => a.Id > before).ShouldHaveSingleItem().Purpose.ShouldBe(Purpose);
    }
}
