using System.Net;
using System.Text.RegularExpressions;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Pages;

/// <summary>The header names the signed-in person as a colleague would: name, role and unit, never the login or a dangling separator.</summary>
public sealed partial class LayoutTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_header_shows_the_persons_name_and_unit(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;

        (await CurrentUserAsync(await app.SignInPagesAsync("police.demo"), "/Police", ct)).ShouldBe("张伟 · 民警 · 新乡市公安局治安管理支队");
        (await CurrentUserAsync(await app.SignInPagesAsync("shop.demo"), "/Shop", ct)).ShouldStartWith("王晓燕 · 刻章店操作员 · ");
        var admin = await app.AddUserAsync(UserRole.SystemAdmin);
        (await CurrentUserAsync(await app.SignInPagesAsync(admin), "/Admin/Users", ct)).ShouldBe($"{admin} · 系统管理员", "no unit, no trailing separator");
    }

    private static async Task<string> CurrentUserAsync(HttpClient client, string path, CancellationToken ct)
    {
        var response = await client.GetAsync(path, ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        return WebUtility.HtmlDecode(CurrentUser().Match(await response.Content.ReadAsStringAsync(ct)).Groups["text"].Value);
    }

    [GeneratedRegex("data-testid=\"current-user\">(?<text>[^<]*)</span>")]
    private static partial Regex CurrentUser();
}
