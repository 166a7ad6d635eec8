using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core;
using SealGuard.Core.Shops;
using SealGuard.Web.Features.Shops;
using SealGuard.Web.Seeding.Demo;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Shops;

/// <summary>
/// 刻章业备案 with versions: the shop drafts and submits, police of its county return or accept it, the shop re-files a
/// new version; every version stays as decided and readable by both sides; the deadline runs 5 days from the licence.
/// </summary>
public sealed class ShopFilingTests(SharedApps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_returned_filing_is_re_filed_as_a_new_version_accepted_and_every_version_kept(string provider)
    {
        var app = await apps.GetAsync(provider);
        var (shop, manager) = await app.NewFilingShopAsync();
        var police = await app.SignInAsync("police.demo");

        var first = await manager.FileShopFilingAsync(shop.ShopCode, ShopFilingSteps.Request());
        (first.Number, first.State).ShouldBe((1, ShopFilingState.Submitted));
        shop.Staff.Select(s => s.Id).ShouldBeSubsetOf(first.Staff.Select(s => s.Id), "staffIds null lists every staff member on the books");
        first.LegalRepresentative.IdNumber.ShouldContain("*");
        var queue = (await police.GetFromJsonAsync<ShopFilingList>("/api/v1/shop-filings", FilingSteps.Json, Ct))!;
        queue.Items.ShouldContain(i => i.Id == first.Id && i.ShopCode == shop.ShopCode);

        var returned = await (await police.DecideFilingAsync(first.Id, ShopFilingState.Returned, "平面图未标注监控位置")).ReadFilingAsync();
        returned.State.ShouldBe(ShopFilingState.Returned);
        var seen = await manager.FilingOverviewAsync(shop.ShopCode);
        (seen.Latest!.State, seen.Latest.ReturnReason, seen.AcceptedNumber).ShouldBe((ShopFilingState.Returned, "平面图未标注监控位置", (int?)null));

        // The correction: persons left blank keep version 1's, the images carry over, only the address changes.
        var corrected = ShopFilingSteps.Request(first.LicenceDate, "新乡市红旗区测试路2号") with { LegalRepresentative = null, Manager = null, LicenceNumber = first.LicenceNumber };
        var second = await manager.FileShopFilingAsync(shop.ShopCode, corrected, images: false);
        (second.Number, second.State, second.PreviousNumber).ShouldBe((2, ShopFilingState.Submitted, (int?)1));
        second.Changes.ShouldBe(["address"]);
        second.LegalRepresentative.ShouldBe(first.LegalRepresentative);
        await (await police.DecideFilingAsync(first.Id, ShopFilingState.Accepted)).ShouldBeRefusedAsync("ShopFiling.NotSubmitted");

        var accepted = await (await police.DecideFilingAsync(second.Id, ShopFilingState.Accepted)).ReadFilingAsync();

        accepted.State.ShouldBe(ShopFilingState.Accepted);
        var overview = await manager.FilingOverviewAsync(shop.ShopCode);
        overview.Versions.Select(v => (v.Number, v.State)).ShouldBe([(2, ShopFilingState.Accepted), (1, ShopFilingState.Returned)]);
        (overview.AcceptedNumber, overview.Overdue).ShouldBe((2, false));
        var kept = await (await police.GetAsync($"/api/v1/shop-filings/{first.Id}", Ct)).ReadFilingAsync();
        (kept.State, kept.Address, kept.ReturnReason).ShouldBe((ShopFilingState.Returned, "新乡市红旗区测试路1号", "平面图未标注监控位置"));
        (await app.AuditOfAsync("ShopFiling", second.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).Select(a => a.Action)
            .ShouldBe(["ShopFiling.Drafted", "ShopFiling.Submitted", "ShopFiling.Accepted"]);
        (await (await manager.GetAsync($"/api/v1/shop-filings/{second.Id}/images/FloorPlan", Ct)).Content.ReadAsByteArrayAsync(Ct))[..4].ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47 });

        // A later change (the manager) is re-filed the same way: version 3, pending, while version 2 stays accepted.
        var third = await manager.FileShopFilingAsync(shop.ShopCode, corrected with { Manager = TestData.Person() }, images: false);
        third.Number.ShouldBe(3);
        third.Changes.ShouldBe(["manager"]);
        (await manager.FilingOverviewAsync(shop.ShopCode)).AcceptedNumber.ShouldBe(2);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_receipt_of_an_accepted_version_names_the_shop_code_and_the_version(string provider)
    {
        var app = await apps.GetAsync(provider);
        var (shop, manager) = await app.NewFilingShopAsync();
        var police = await app.SignInAsync("police.demo");
        var filing = await manager.FileShopFilingAsync(shop.ShopCode, ShopFilingSteps.Request());

        await (await manager.GetAsync($"/api/v1/shop-filings/{filing.Id}/receipt.pdf", Ct)).ShouldBeRefusedAsync("ShopFiling.NotAccepted");
        await (await police.DecideFilingAsync(filing.Id, ShopFilingState.Accepted)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var response = await manager.GetAsync($"/api/v1/shop-filings/{filing.Id}/receipt.pdf", Ct);

        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var text = PdfReading.Text(await response.Content.ReadAsByteArrayAsync(Ct));
        text.ShouldContain("刻章业备案回执");
        text.ShouldContain(shop.ShopCode);
        text.ShouldContain("第1版");
        text.ShouldContain("激光刻章机JG-100");
        text.ShouldNotContain(ShopFilingSteps.Request().LegalRepresentative!.IdNumber!);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bad_input_names_its_fields_writes_nothing_and_each_step_waits_for_its_state(string provider)
    {
        var app = await apps.GetAsync(provider);
        var (shop, manager) = await app.NewFilingShopAsync();
        var today = ChinaTime.Today(TimeProvider.System);

        var bad = ShopFilingSteps.Request(today.AddDays(1)) with { LicenceNumber = "91410700", Equipment = [" "], SecurityRules = "", Manager = new("张伟", "123", null), StaffIds = [] };
        var errors = await (await manager.PutFilingAsync(shop.ShopCode, bad)).ShouldNameFieldsAsync("licenceNumber", "licenceDate", "manager.idNumber", "staffIds", "equipment", "securityRules");
        errors["licenceDate"].ShouldBe(["营业执照日期不能晚于今天"]);
        (await app.WithDbAsync(db => db.ShopFilings.CountAsync(f => f.ShopId == shop.Id, Ct))).ShouldBe(0);
        await (await manager.SubmitFilingAsync(shop.ShopCode)).ShouldBeRefusedAsync("ShopFiling.NoDraft");

        await (await manager.PutFilingAsync(shop.ShopCode, ShopFilingSteps.Request() with { StaffIds = [shop.Staff[0].Id, 999_999_999] })).ShouldNameFieldsAsync("staffIds");
        await (await manager.PutFilingAsync(shop.ShopCode, ShopFilingSteps.Request())).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await manager.SubmitFilingAsync(shop.ShopCode)).ShouldBeRefusedAsync("ShopFiling.ImagesMissing");
        (await (await manager.PostFilingImageAsync(shop.ShopCode, "Licence", "<svg onload=alert(1)>"u8.ToArray(), "licence.png")).ProblemAsync(HttpStatusCode.BadRequest))
            .GetProperty("errors").GetProperty("licenceImage").GetArrayLength().ShouldBe(1);
        await (await manager.PostFilingImageAsync(shop.ShopCode, "Licence")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await manager.PostFilingImageAsync(shop.ShopCode, "FloorPlan")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await (await manager.SubmitFilingAsync(shop.ShopCode)).ReadFilingAsync()).State.ShouldBe(ShopFilingState.Submitted);

        await (await manager.PutFilingAsync(shop.ShopCode, ShopFilingSteps.Request())).ShouldBeRefusedAsync("ShopFiling.AwaitingDecision");
        await (await manager.SubmitFilingAsync(shop.ShopCode)).ShouldBeRefusedAsync("ShopFiling.NotDraft");
        (await app.WithDbAsync(db => db.ShopFilings.CountAsync(f => f.ShopId == shop.Id, Ct))).ShouldBe(1);
        await (await (await app.SignInAsync("police.demo")).DecideFilingAsync(1, ShopFilingState.Returned, " ")).ShouldNameFieldsAsync("reason");
        (await shop.Clerk.PutFilingAsync(shop.ShopCode, ShopFilingSteps.Request())).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "only the manager files");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_deadline_is_five_days_from_the_licence_date_and_an_accepted_filing_is_never_overdue(string provider)
    {
        var app = await apps.GetAsync(provider);
        var today = ChinaTime.Today(TimeProvider.System);
        var (inTime, inTimeManager) = await app.NewFilingShopAsync();
        var (late, lateManager) = await app.NewFilingShopAsync();

        await (await inTimeManager.PutFilingAsync(inTime.ShopCode, ShopFilingSteps.Request(today.AddDays(-5)))).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var lateFiling = await lateManager.FileShopFilingAsync(late.ShopCode, ShopFilingSteps.Request(today.AddDays(-6)));

        var onTheLastDay = await inTimeManager.FilingOverviewAsync(inTime.ShopCode);
        (onTheLastDay.DueOn, onTheLastDay.Overdue).ShouldBe((today, false));
        var overdue = await lateManager.FilingOverviewAsync(late.ShopCode);
        (overdue.DueOn, overdue.Overdue).ShouldBe((today.AddDays(-1), true));
        await (await (await app.SignInAsync("police.demo")).DecideFilingAsync(lateFiling.Id, ShopFilingState.Accepted)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await lateManager.FilingOverviewAsync(late.ShopCode)).Overdue.ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_officer_of_another_county_and_another_shop_see_and_touch_nothing_of_the_filing_by_any_route(string provider)
    {
        var app = await apps.GetAsync(provider);
        var (shop, manager) = await app.NewFilingShopAsync();
        var filing = await manager.FileShopFilingAsync(shop.ShopCode, ShopFilingSteps.Request());
        var fengqiu = await app.SignInAsync("police.fengqiu");
        var otherShop = await app.SignInAsync("shop.manager");

        foreach (var client in new[] { fengqiu, otherShop })
        {
            await (await client.GetAsync($"/api/v1/shop-filings/{filing.Id}", Ct)).ShouldBeNotFoundAsync("ShopFiling.NotFound");
            await (await client.GetAsync($"/api/v1/shop-filings/{filing.Id}/receipt.pdf", Ct)).ShouldBeNotFoundAsync("ShopFiling.NotFound");
            await (await client.GetAsync($"/api/v1/shop-filings/{filing.Id}/images/Licence", Ct)).ShouldBeNotFoundAsync("ShopFiling.NotFound");
            await (await client.GetAsync($"/api/v1/shops/{shop.ShopCode}/filing", Ct)).ShouldBeNotFoundAsync("Shop.NotFound");
            await (await client.GetAsync($"/api/v1/shops/{shop.ShopCode}/filing/versions", Ct)).ShouldBeNotFoundAsync("Shop.NotFound");
        }

        await (await fengqiu.DecideFilingAsync(filing.Id, ShopFilingState.Accepted)).ShouldBeNotFoundAsync("ShopFiling.NotFound");
        (await fengqiu.GetFromJsonAsync<ShopFilingList>("/api/v1/shop-filings", FilingSteps.Json, Ct))!.Items.ShouldNotContain(i => i.ShopCode == shop.ShopCode);
        (await (await app.SignInPagesAsync("police.fengqiu")).GetAsync($"/Police/ShopFilings/{filing.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await (await otherShop.PutFilingAsync(shop.ShopCode, ShopFilingSteps.Request())).ShouldBeNotFoundAsync("Shop.NotFound");
        await (await otherShop.PostFilingImageAsync(shop.ShopCode, "Licence")).ShouldBeNotFoundAsync("Shop.NotFound");
        await (await otherShop.DecideFilingAsync(filing.Id, ShopFilingState.Accepted)).ShouldHaveStatusAsync(HttpStatusCode.Forbidden);
        (await app.WithDbAsync(db => db.ShopFilings.SingleAsync(f => f.Id == filing.Id, Ct))).State.ShouldBe(ShopFilingState.Submitted);
        (await (await app.SignInAsync("police.demo")).GetFromJsonAsync<ShopFilingList>("/api/v1/shop-filings", FilingSteps.Json, Ct))!.Items.ShouldContain(i => i.Id == filing.Id);
    }

    [Fact]
    public async Task Ten_officers_deciding_one_version_at_once_make_exactly_one_decision()
    {
        TestDatabase.SkipIfUnavailable(TestDatabase.Postgres);
        var app = await apps.GetAsync(TestDatabase.Postgres);
        var (shop, manager) = await app.NewFilingShopAsync();
        var filing = await manager.FileShopFilingAsync(shop.ShopCode, ShopFilingSteps.Request());
        var officers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => app.SignInAsync("police.demo")));

        var responses = await Task.WhenAll(officers.Select((o, i) => o.DecideFilingAsync(filing.Id, i % 2 == 0 ? ShopFilingState.Accepted : ShopFilingState.Returned, "材料不全")));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBe(9);
        var decisions = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == "ShopFiling" && a.EntityKey == filing.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)
            && (a.Action == "ShopFiling.Accepted" || a.Action == "ShopFiling.Returned"), Ct));
        decisions.ShouldBe(1);
        (await app.WithDbAsync(db => db.ShopFilings.SingleAsync(f => f.Id == filing.Id, Ct))).State.ShouldBeOneOf(ShopFilingState.Accepted, ShopFilingState.Returned);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_demo_shops_have_accepted_filings(string provider)
    {
        var app = await apps.GetAsync(provider);
        var overview = await (await app.SignInAsync("shop.manager")).FilingOverviewAsync(DemoSeeder.DemoShopCode);

        overview.AcceptedNumber.ShouldNotBeNull();
        overview.Overdue.ShouldBeFalse();
    }
}
