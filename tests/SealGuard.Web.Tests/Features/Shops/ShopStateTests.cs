using System.Net;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Filings;
using SealGuard.Core.Shops;
using SealGuard.Web.Seeding.Demo;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Shops;

/// <summary>PUT/GET /api/v1/shops/{shopCode}/state: police suspend, restore and close a shop; its intakes and seal work follow.</summary>
public sealed class ShopStateTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_suspended_shop_is_refused_intake_and_seal_work_with_Shop_Suspended_until_police_restore_it(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var shop = await app.NewShopAsync();
        var accepted = await shop.Clerk.FileAsync(TestData.Intake());
        var sealCode = accepted.Seals[0].SealCode;
        var engraver = await shop.Clerk.EngraverIdAsync();
        var police = await app.SignInAsync("police.demo");

        var suspended = await police.PutStateAsync(shop.ShopCode, "Suspended", "消防通道堵塞，责令暂停营业");
        (await suspended.JsonAsync()).GetProperty("standing").GetProperty("state").GetString().ShouldBe("Suspended");

        var intake = await shop.Clerk.PostIntakeAsync(TestData.Intake());
        var problem = await intake.ProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("code").GetString().ShouldBe("Shop.Suspended");
        problem.GetProperty("detail").GetString()!.ShouldContain("暂停营业");
        (await app.FilingCountAsync(shop.Id)).ShouldBe(1, "the refused intake wrote nothing");
        (await (await shop.Clerk.EngraveAsync(sealCode, engraver)).ProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("Shop.Suspended");
        (await shop.Clerk.GetSealAsync(sealCode)).FlowState.ShouldBe(FlowState.Accepted);

        await (await police.PutStateAsync(shop.ShopCode, "Normal", "已整改完毕")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await shop.Clerk.EngraveAsync(sealCode, engraver)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await shop.Clerk.FileAsync(TestData.Intake());

        var history = (await (await shop.Clerk.GetAsync($"/api/v1/shops/{shop.ShopCode}/state", ct)).JsonAsync()).GetProperty("history");
        history.EnumerateArray().Select(h => (h.GetProperty("from").GetString(), h.GetProperty("to").GetString(), h.GetProperty("reason").GetString(), h.GetProperty("changedBy").GetString()))
            .ShouldBe([("Suspended", "Normal", "已整改完毕", "police.demo"), ("Normal", "Suspended", "消防通道堵塞，责令暂停营业", "police.demo")]);
        (await app.AuditOfAsync("Shop", shop.ShopCode)).Where(a => a.Action == "Shop.StateChanged").Select(a => a.ActorName).ShouldBe(["police.demo", "police.demo"]);
        (await app.WithDbAsync(db => db.Shops.Where(s => s.Id == shop.Id).Select(s => s.Version).SingleAsync(ct))).ShouldBe(3, "each change is a new version of the ferried shop");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Only_a_police_admin_closes_a_shop_and_closing_is_final(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.NewShopAsync();
        var sealCode = (await shop.Clerk.FileAsync(TestData.Intake())).Seals[0].SealCode;
        var admin = await app.SignInAsync("police.admin");

        (await (await app.SignInAsync("police.demo")).PutStateAsync(shop.ShopCode, "Closed")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await (await admin.PutStateAsync(shop.ShopCode, "Closed", "经营者申请注销")).ShouldHaveStatusAsync(HttpStatusCode.OK);

        (await (await shop.Clerk.PostIntakeAsync(TestData.Intake())).ProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("Shop.Closed");
        (await (await shop.Clerk.EngraveAsync(sealCode, await shop.Clerk.EngraverIdAsync())).ProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("Shop.Closed");
        (await (await admin.PutStateAsync(shop.ShopCode, "Normal", "误操作")).ProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("Shop.ClosedIsFinal");
        (await app.WithDbAsync(db => db.ShopStateChanges.CountAsync(c => c.ShopId == shop.Id, TestContext.Current.CancellationToken))).ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_bad_state_or_a_missing_reason_is_refused_under_its_field_and_nothing_changes(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.NewShopAsync();
        var police = await app.SignInAsync("police.demo");

        (await (await police.PutStateAsync(shop.ShopCode, "Paused")).ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("state", out _).ShouldBeTrue();
        (await (await police.PutStateAsync(shop.ShopCode, "Suspended", " ")).ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("reason", out _).ShouldBeTrue();
        (await (await police.PutStateAsync(shop.ShopCode, "Normal")).ProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("Shop.StateUnchanged");

        (await app.WithDbAsync(db => db.ShopStateChanges.CountAsync(c => c.ShopId == shop.Id, TestContext.Current.CancellationToken))).ShouldBe(0);
        await shop.Clerk.FileAsync(TestData.Intake());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_officer_of_another_county_neither_sees_nor_changes_the_shop_by_api_or_page(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var fengqiu = await app.SignInAsync("police.fengqiu");

        (await fengqiu.GetAsync($"/api/v1/shops/{DemoSeeder.DemoShopCode}/state", ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await fengqiu.PutStateAsync(DemoSeeder.DemoShopCode, "Suspended")).ProblemAsync(HttpStatusCode.NotFound)).GetProperty("code").GetString().ShouldBe("Shop.NotFound");
        var (page, _) = await app.SignInWithCookieAsync("police.fengqiu");
        (await page.GetAsync($"/Police/Shops/{DemoSeeder.DemoShopCode}", ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await app.WithDbAsync(db => db.Shops.Where(s => s.ShopCode == DemoSeeder.DemoShopCode).Select(s => s.State).SingleAsync(ct))).ShouldBe(ShopState.Normal);
        (await (await app.SignInAsync("shop.demo")).GetAsync($"/api/v1/shops/{(await app.NewShopAsync()).ShopCode}/state", ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "a shop reads only its own state");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_intake_page_says_the_shop_is_suspended_before_anything_is_typed_and_every_shop_page_shows_the_banner(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var shop = await app.NewShopAsync();
        var (clerk, _) = await app.SignInWithCookieAsync(shop.ClerkUserName);
        (await clerk.GetStringAsync("/Shop/Intake", ct)).ShouldNotContain("data-testid=\"shop-standing\"");

        await (await (await app.SignInAsync("police.demo")).PutStateAsync(shop.ShopCode, "Suspended", "消防通道堵塞")).ShouldHaveStatusAsync(HttpStatusCode.OK);

        var intake = await clerk.GetStringAsync("/Shop/Intake", ct);
        intake.ShouldContain("data-testid=\"shop-standing\"");
        intake.ShouldContain("暂停营业");
        intake.ShouldContain("消防通道堵塞");
        intake.ShouldContain("data-testid=\"intake-blocked\"");
        intake.ShouldNotContain("id=\"intake-form\"");
        (await clerk.GetStringAsync("/Shop", ct)).ShouldContain("data-testid=\"shop-standing\"");
    }
}
