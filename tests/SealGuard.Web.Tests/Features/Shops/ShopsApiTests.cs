using System.Net;
using System.Net.Http.Json;
using SealGuard.Core.Shops;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Shops;
using SealGuard.Web.Seeding.Demo;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Shops;

public sealed class ShopsApiTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_shop_user_sees_their_shop_with_its_staff(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var operatorClient = await app.LoginAsync("shop.demo");

        var response = await operatorClient.GetAsync("/api/v1/shops/me", ct);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var raw = await response.Content.ReadAsStringAsync(ct);
        var shop = System.Text.Json.JsonSerializer.Deserialize<MyShopView>(raw, FilingSteps.Json)!;

        shop.ShopCode.ShouldBe(DemoSeeder.DemoShopCode);
        shop.DivisionCode.ShouldBe("410702");
        shop.Name.ShouldEndWith("刻章店");
        shop.Address.ShouldNotBeNullOrWhiteSpace();
        // The staff filed with the shop, in filing order (other tests and the demo register more later).
        shop.Staff.Take(4).Select(s => (s.Role, s.State)).ShouldBe([
            (StaffRole.Manager, StaffState.Accepted), (StaffRole.Operator, StaffState.Accepted), (StaffRole.Engraver, StaffState.Accepted), (StaffRole.Engraver, StaffState.Accepted)]);
        shop.Staff.ShouldAllBe(s => s.Id > 0 && s.Name.Length >= 2);
        shop.Staff.Select(s => s.Id).Distinct().Count().ShouldBe(shop.Staff.Count);
        raw.ShouldNotContain("idNumber", Case.Insensitive);

        var manager = await (await app.LoginAsync("shop.manager")).GetFromJsonAsync<MyShopView>("/api/v1/shops/me", FilingSteps.Json, ct);
        manager!.ShopCode.ShouldBe(DemoSeeder.DemoShopCode);
        manager.Staff.Select(s => s.Id).ShouldBe(shop.Staff.Select(s => s.Id));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_user_of_another_shop_sees_that_shop(string provider)
    {
        var app = await apps.GetAsync(provider);
        var otherShopCode = await app.OtherShopCodeAsync();
        var other = await app.LoginAsync(await app.AddUserAsync(UserRole.ShopManager, shopCode: otherShopCode));

        var shop = await other.GetFromJsonAsync<MyShopView>("/api/v1/shops/me", FilingSteps.Json, TestContext.Current.CancellationToken);

        shop!.ShopCode.ShouldBe(otherShopCode);
        shop.DivisionCode.ShouldBe(otherShopCode[..6]);
        shop.Staff.ShouldContain(s => s.Role == StaffRole.Engraver);
        var demoStaff = (await (await app.LoginAsync("shop.demo")).GetFromJsonAsync<MyShopView>("/api/v1/shops/me", FilingSteps.Json, TestContext.Current.CancellationToken))!.Staff;
        shop.Staff.Select(s => s.Id).Intersect(demoStaff.Select(s => s.Id)).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Police_and_administrators_have_no_shop(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;

        foreach (var user in new[] { "police.demo", "police.admin", "admin.demo" })
        {
            (await (await app.LoginAsync(user)).GetAsync("/api/v1/shops/me", ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, user);
        }

        (await app.AnonymousClient().GetAsync("/api/v1/shops/me", ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
