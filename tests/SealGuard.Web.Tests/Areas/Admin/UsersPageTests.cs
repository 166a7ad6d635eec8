using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Seeding.Demo;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Areas.Admin;

/// <summary>用户管理: finding accounts by login, name, role or unit, and the shop and jurisdiction offered as lists but checked by the server.</summary>
public sealed class UsersPageTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_search_finds_accounts_by_login_name_role_and_unit(string provider)
    {
        var app = await apps.GetAsync(provider);
        var admin = await app.SignInPagesAsync("admin.demo");
        var shopName = await app.WithDbAsync(db => Task.FromResult(db.Shops.Single(s => s.ShopCode == DemoSeeder.DemoShopCode).Name));

        var byLogin = await UsersAsync(admin, "police.fengqiu");
        var byName = await UsersAsync(admin, await app.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.UserName == "police.fengqiu").DisplayName)));
        var byRole = await UsersAsync(admin, "系统管理员");
        var byShop = await UsersAsync(admin, shopName);
        var byCounty = await UsersAsync(admin, "封丘县");
        var none = await UsersAsync(admin, "没有这个人" + Guid.NewGuid().ToString("N")[..6]);

        byLogin.ShouldBe(["police.fengqiu"]);
        byName.ShouldContain("police.fengqiu");
        byRole.ShouldContain("admin.demo");
        byRole.ShouldNotContain("police.demo");
        byShop.ShouldContain("shop.demo");
        byShop.ShouldContain("shop.manager");
        byShop.ShouldNotContain("police.demo");
        byCounty.ShouldContain("police.fengqiu");
        byCounty.ShouldNotContain("shop.demo");
        none.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_form_offers_the_shops_and_divisions_and_refuses_an_unknown_shop_under_the_field(string provider)
    {
        var app = await apps.GetAsync(provider);
        var admin = await app.SignInPagesAsync("admin.demo");
        var form = WebUtility.HtmlDecode(await admin.GetStringAsync("/Admin/Users", TestContext.Current.CancellationToken));
        var userName = "t.clerk." + Guid.NewGuid().ToString("N")[..8];

        var response = await SealGuardApp.PostFormAsync(admin, "/Admin/Users", "/Admin/Users?handler=Create", new Dictionary<string, string>
        {
            ["userName"] = userName,
            ["displayName"] = "测试店员",
            ["password"] = DemoSeeder.DemoPassword,
            ["role"] = nameof(UserRole.ShopOperator),
            ["shopCode"] = "410702999999",
            ["jurisdiction"] = "",
        });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        form.ShouldContain($"<option value=\"{DemoSeeder.DemoShopCode}\">");
        form.ShouldContain("<option value=\"410727\">封丘县</option>");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("id=\"shopCodeError\"");
        html.ShouldMatch("(?s)id=\"shopCodeError\"[^>]*>[^<]*刻章店");
        (await app.WithDbAsync(db => Task.FromResult(db.Users.Any(u => u.UserName == userName)))).ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_shop_account_is_linked_to_accepted_staff_picked_from_its_own_shops_list_and_never_to_another_shops(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var admin = await app.SignInPagesAsync("admin.demo");
        var clerk = await app.AddUserAsync(UserRole.ShopOperator, DemoSeeder.DemoShopCode, eligible: false);
        var member = await app.AddAcceptedStaffAsync(DemoSeeder.DemoShopCode);
        var stranger = await app.AddAcceptedStaffAsync(await app.OtherShopCodeAsync());
        var page = "/Admin/Users?q=" + clerk;

        var html = WebUtility.HtmlDecode(await admin.GetStringAsync(page, ct));
        var rowForm = System.Text.RegularExpressions.Regex.Match(html, $"(?s)<select id=\"linkStaff-{System.Text.RegularExpressions.Regex.Escape(clerk)}\".*?</select>").Value;
        rowForm.ShouldContain($"<option value=\"{member}\"");
        rowForm.ShouldNotContain($"<option value=\"{stranger}\"", customMessage: "the row offers only the account's own shop's staff");

        var refused = await SealGuardApp.PostFormAsync(admin, page, $"/Admin/Users?handler=Staff&userName={clerk}", new Dictionary<string, string> { ["linkStaffId"] = stranger.ToString(CultureInfo.InvariantCulture) });
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(ct)).ShouldContain("data-testid=\"message\"");
        (await app.WithDbAsync(db => db.Users.Where(u => u.UserName == clerk).Select(u => u.StaffId).SingleAsync(ct))).ShouldBeNull();

        var linked = await SealGuardApp.PostFormAsync(admin, page, $"/Admin/Users?handler=Staff&userName={clerk}", new Dictionary<string, string> { ["linkStaffId"] = member.ToString(CultureInfo.InvariantCulture) });
        linked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.WithDbAsync(db => db.Users.Where(u => u.UserName == clerk).Select(u => u.StaffId).SingleAsync(ct))).ShouldBe(member);
        WebUtility.HtmlDecode(await admin.GetStringAsync(page, ct)).ShouldContain("data-testid=\"user-staff\">从业人员：");
    }

    private static async Task<List<string>> UsersAsync(HttpClient client, string q)
    {
        var html = await client.GetStringAsync("/Admin/Users?q=" + Uri.EscapeDataString(q), TestContext.Current.CancellationToken);
        return [.. System.Text.RegularExpressions.Regex.Matches(html, "data-user=\"([^\"]+)\"").Select(m => m.Groups[1].Value)];
    }
}
