using System.Net;

namespace SealGuard.Web.Tests.Infrastructure.Http;

/// <summary>Page enums bind by exact member name only: a number in the query is no member (the page keeps its default).</summary>
public sealed class EnumNameModelBinderTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_code_table_chosen_by_number_in_the_query_is_not_taken(string provider)
    {
        var app = await apps.GetAsync(provider);
        var admin = await app.SignInPagesAsync("admin.demo");

        var byName = await PageAsync(admin, "/Admin/CodeTables?table=OrganizationType");
        var byNumber = await PageAsync(admin, "/Admin/CodeTables?table=3");
        var byList = await PageAsync(admin, "/Admin/CodeTables?table=SealType,SealMaterial");

        byName.ShouldContain("<h2 id=\"entries-title\" class=\"h6 m-0\">单位类型</h2>");
        byNumber.ShouldContain("<h2 id=\"entries-title\" class=\"h6 m-0\">印章类型</h2>", customMessage: "3 is OrganizationType's number; the default table is shown");
        byList.ShouldContain("<h2 id=\"entries-title\" class=\"h6 m-0\">印章类型</h2>");
    }

    private static async Task<string> PageAsync(HttpClient browser, string url)
    {
        var response = await browser.GetAsync(url, TestContext.Current.CancellationToken);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
