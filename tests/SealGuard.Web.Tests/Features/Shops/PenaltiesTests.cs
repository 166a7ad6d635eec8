using System.Net;
using System.Net.Http.Json;
using SealGuard.Core;
using SealGuard.Core.Shops;
using SealGuard.Web.Features.Shops;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Shops;

/// <summary>/api/v1/penalties: record, list, read; a 停业整顿 covering today blocks the shop like a suspension.</summary>
public sealed class PenaltiesTests(SharedApps apps)
{
    private static DateOnly Today => ChinaTime.Today(TimeProvider.System);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_recorded_penalty_is_listed_read_and_audited_and_its_decision_number_is_unique(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var shop = await app.NewShopAsync();
        var police = await app.SignInAsync("police.demo");
        var fine = new PenaltyRequest(shop.ShopCode, null, SupervisedShops.DecisionNumber(), "Fine", "《治安管理处罚法》第五十二条", 150_000, Today.AddDays(-3));

        var created = await police.PostPenaltyAsync(fine);
        await created.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var view = (await created.Content.ReadFromJsonAsync<PenaltyView>(FilingSteps.Json, ct))!;
        await (await police.PostPenaltyAsync(SupervisedShops.Warning(shop.ShopCode, Today))).ShouldHaveStatusAsync(HttpStatusCode.Created);

        view.AmountCents.ShouldBe(150_000);
        view.Type.ShouldBe(PenaltyType.Fine);
        (await police.GetFromJsonAsync<PenaltyView>($"/api/v1/penalties/{view.Id}", FilingSteps.Json, ct))!.DecisionNumber.ShouldBe(fine.DecisionNumber);
        var fines = (await police.GetFromJsonAsync<PenaltyPage>($"/api/v1/penalties?shopCode={shop.ShopCode}&type=Fine", FilingSteps.Json, ct))!;
        fines.Items.Select(p => p.Id).ShouldBe([view.Id]);
        (await police.GetFromJsonAsync<PenaltyPage>($"/api/v1/penalties?shopCode={shop.ShopCode}", FilingSteps.Json, ct))!.Items.Count.ShouldBe(2);
        (await shop.Clerk.GetFromJsonAsync<PenaltyPage>("/api/v1/penalties", FilingSteps.Json, ct))!.Items.Select(p => p.ShopCode).Distinct().ShouldBe([shop.ShopCode], "a shop sees its own penalties only");
        (await app.AuditOfAsync("Penalty", view.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).Single().Action.ShouldBe("Penalty.Recorded");

        var again = await (await police.PostPenaltyAsync(fine with { Type = "Warning", AmountCents = null })).ProblemAsync(HttpStatusCode.Conflict);
        again.GetProperty("code").GetString().ShouldBe("Penalty.DecisionNumberTaken");
        var noAmount = await (await police.PostPenaltyAsync(fine with { DecisionNumber = SupervisedShops.DecisionNumber(), AmountCents = null })).ProblemAsync(HttpStatusCode.BadRequest);
        noAmount.GetProperty("errors").GetProperty("amountCents")[0].GetString().ShouldBe("请填写大于零的金额（单位：分）");
        (await police.GetFromJsonAsync<PenaltyPage>($"/api/v1/penalties?shopCode={shop.ShopCode}", FilingSteps.Json, ct))!.Items.Count.ShouldBe(2, "the refused ones wrote nothing");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_suspension_penalty_covering_today_refuses_intake_and_one_starting_tomorrow_does_not_yet(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var police = await app.SignInAsync("police.demo");
        var later = await app.NewShopAsync();
        var now = await app.NewShopAsync();

        await (await police.PostPenaltyAsync(Suspension(later.ShopCode, Today.AddDays(1), Today.AddDays(5)))).ShouldHaveStatusAsync(HttpStatusCode.Created);
        await (await police.PostPenaltyAsync(Suspension(now.ShopCode, Today, Today.AddDays(5)))).ShouldHaveStatusAsync(HttpStatusCode.Created);

        await later.Clerk.FileAsync(TestData.Intake());
        var refused = await (await now.Clerk.PostIntakeAsync(TestData.Intake())).ProblemAsync(HttpStatusCode.Conflict);
        refused.GetProperty("code").GetString().ShouldBe("Shop.Suspended");
        (await app.FilingCountAsync(now.Id)).ShouldBe(0);
        var standing = (await (await police.GetAsync($"/api/v1/shops/{now.ShopCode}/state", ct)).JsonAsync()).GetProperty("standing");
        standing.GetProperty("state").GetString().ShouldBe("Suspended");
        standing.GetProperty("until").GetString().ShouldBe(Today.AddDays(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_penalty_names_a_staff_member_of_the_shop_only_and_lists_the_name_masked(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.NewShopAsync();
        var other = await app.NewShopAsync();
        var police = await app.SignInAsync("police.demo");

        var refused = await (await police.PostPenaltyAsync(SupervisedShops.Warning(shop.ShopCode, Today) with { StaffId = other.Staff[0].Id })).ProblemAsync(HttpStatusCode.BadRequest);
        refused.GetProperty("errors").TryGetProperty("staffId", out _).ShouldBeTrue();
        var detention = SupervisedShops.Warning(shop.ShopCode, Today) with { StaffId = shop.Staff[1].Id, Type = "Detention" };
        var created = await police.PostPenaltyAsync(detention);
        await created.ShouldHaveStatusAsync(HttpStatusCode.Created);

        var view = (await created.Content.ReadFromJsonAsync<PenaltyView>(FilingSteps.Json, TestContext.Current.CancellationToken))!;
        view.StaffId.ShouldBe(shop.Staff[1].Id);
        view.StaffName.ShouldNotBeNull().ShouldContain("*");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_officer_of_another_county_neither_lists_reads_nor_records_penalties_of_the_shop(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var shop = await app.NewShopAsync();
        var police = await app.SignInAsync("police.demo");
        var created = await police.PostPenaltyAsync(SupervisedShops.Warning(shop.ShopCode, Today));
        var id = (await created.Content.ReadFromJsonAsync<PenaltyView>(FilingSteps.Json, ct))!.Id;
        var fengqiu = await app.SignInAsync("police.fengqiu");

        (await fengqiu.GetFromJsonAsync<PenaltyPage>($"/api/v1/penalties?shopCode={shop.ShopCode}", FilingSteps.Json, ct))!.Items.ShouldBeEmpty();
        (await fengqiu.GetAsync($"/api/v1/penalties/{id}", ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await fengqiu.PostPenaltyAsync(SupervisedShops.Warning(shop.ShopCode, Today))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var (page, _) = await app.SignInWithCookieAsync("police.fengqiu");
        (await page.GetStringAsync($"/Police/Penalties?shopCode={shop.ShopCode}", ct)).ShouldContain("data-testid=\"penalties-empty\"");
        (await page.GetAsync($"/Police/Penalties/New?shopCode={shop.ShopCode}", ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await shop.Clerk.GetFromJsonAsync<PenaltyPage>("/api/v1/penalties", FilingSteps.Json, ct))!.Items.Count.ShouldBe(1);
    }

    private static PenaltyRequest Suspension(string shopCode, DateOnly from, DateOnly to) =>
        new(shopCode, null, SupervisedShops.DecisionNumber(), "SuspendBusiness", "《印铸刻字业暂行管理规则》", null, Today, from, to);
}
