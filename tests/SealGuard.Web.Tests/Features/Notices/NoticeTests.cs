using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SealGuard.Web.Features.Notices;
using SealGuard.Web.Seeding.Demo;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Notices;

/// <summary>
/// 通知公告: police publish to the shops of a division prefix or to chosen shops of their jurisdiction; a shop sees only
/// what is addressed to it, and its first read is its one receipt, which the police see per shop.
/// </summary>
public sealed class NoticeTests(SharedApps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_shops_first_read_is_its_receipt_and_the_police_see_who_has_read(string provider)
    {
        var app = await apps.GetAsync(provider);
        var police = await app.SignInAsync("police.demo");
        var shop = await app.SignInAsync("shop.demo");
        var title = "检查通知 " + TestData.UniqueWord();
        var published = await PublishAsync(police, new NoticeRequest(title, "第一行\n<b>第二行</b>", "410702", null));
        var shopsIn410702 = await app.WithDbAsync(db => db.Shops.CountAsync(s => s.DivisionCode == "410702", Ct));
        published.RecipientCount.ShouldBe(shopsIn410702);

        var inbox = await InboxAsync(shop);
        inbox.Items.ShouldContain(n => n.Id == published.Id && n.ReadAt == null);
        var unreadBefore = inbox.UnreadCount;

        var read = await ReadAsync(await shop.GetAsync($"/api/v1/notices/inbox/{published.Id}", Ct));
        read.Body.ShouldBe("第一行\n<b>第二行</b>");
        read.ReadBy.ShouldBe("shop.demo");
        var again = await ReadAsync(await (await app.SignInAsync("shop.manager")).GetAsync($"/api/v1/notices/inbox/{published.Id}", Ct));
        again.ReadBy.ShouldBe("shop.demo");
        again.ReadAt.ShouldBe(read.ReadAt);
        (await InboxAsync(shop)).UnreadCount.ShouldBe(unreadBefore - 1);

        var details = (await police.GetFromJsonAsync<NoticeDetails>($"/api/v1/notices/{published.Id}", FilingSteps.Json, Ct))!;
        details.Receipts.Count.ShouldBe(shopsIn410702);
        details.Receipts.Single(r => r.ShopCode == DemoSeeder.DemoShopCode).ReadBy.ShouldBe("shop.demo");
        details.Receipts.Where(r => r.ShopCode != DemoSeeder.DemoShopCode).ShouldAllBe(r => r.ReadAt == null);
        (await police.GetFromJsonAsync<List<NoticeSummary>>("/api/v1/notices", FilingSteps.Json, Ct))!.Single(n => n.Id == published.Id).ReadCount.ShouldBe(1);
        (await app.AuditOfAsync("Notice", published.Id.ToString(CultureInfo.InvariantCulture))).Select(a => a.Action).ShouldBe(["Notice.Published", "Notice.Read"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Notices_reach_only_the_addressed_shops_and_the_jurisdiction_that_holds_them(string provider)
    {
        var app = await apps.GetAsync(provider);
        var police = await app.SignInAsync("police.demo");
        var fengqiu = await app.SignInAsync("police.fengqiu");
        var shop = await app.SignInAsync("shop.demo");
        var otherShopCode = await app.OtherShopCodeAsync();
        var otherShop = await app.LoginOtherShopAsync();

        var toOther = await PublishAsync(police, new NoticeRequest("指定通知", "正文", null, [otherShopCode]));
        toOther.RecipientCount.ShouldBe(1);
        (await InboxAsync(shop)).Items.ShouldNotContain(n => n.Id == toOther.Id);
        await (await shop.GetAsync($"/api/v1/notices/inbox/{toOther.Id}", Ct)).ShouldBeNotFoundAsync("Notice.NotFound");

        // 410702's notice is not 封丘's: neither the list nor the receipts; nor can 封丘 address 410702's shops.
        var to410702 = await PublishAsync(police, new NoticeRequest("红旗区通知", "正文", "410702", null));
        (await fengqiu.GetFromJsonAsync<List<NoticeSummary>>("/api/v1/notices", FilingSteps.Json, Ct))!.ShouldNotContain(n => n.Id == to410702.Id);
        await (await fengqiu.GetAsync($"/api/v1/notices/{to410702.Id}", Ct)).ShouldBeNotFoundAsync("Notice.NotFound");
        await (await fengqiu.PostAsJsonAsync("/api/v1/notices", new NoticeRequest("越权", "正文", "410702", null), FilingSteps.Json, Ct)).ShouldNameFieldsAsync("divisionPrefix");
        await (await fengqiu.PostAsJsonAsync("/api/v1/notices", new NoticeRequest("越权", "正文", null, [DemoSeeder.DemoShopCode]), FilingSteps.Json, Ct)).ShouldNameFieldsAsync("shopCodes[0]");
        var city = await PublishAsync(police, new NoticeRequest("全市通知", "正文", "4107", null));
        (await fengqiu.GetFromJsonAsync<List<NoticeSummary>>("/api/v1/notices", FilingSteps.Json, Ct))!.ShouldNotContain(n => n.Id == city.Id);
        var own = await PublishAsync(fengqiu, new NoticeRequest("封丘通知", "正文", "410727", null));
        (await fengqiu.GetFromJsonAsync<List<NoticeSummary>>("/api/v1/notices", FilingSteps.Json, Ct))!.ShouldContain(n => n.Id == own.Id);
        (await InboxAsync(shop)).Items.ShouldNotContain(n => n.Id == own.Id);

        await (await police.PostAsJsonAsync("/api/v1/notices", new NoticeRequest(" ", "", null, null), FilingSteps.Json, Ct)).ShouldNameFieldsAsync("title", "body", "audience");
        (await shop.PostAsJsonAsync("/api/v1/notices", new NoticeRequest("店", "正文", "410702", null), FilingSteps.Json, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await police.GetAsync("/api/v1/notices/inbox", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await InboxAsync(otherShop)).Items.ShouldContain(n => n.Id == toOther.Id);
    }

    [Fact]
    public async Task Ten_parallel_first_reads_by_one_shop_leave_exactly_one_receipt_on_PostgreSQL()
    {
        var app = await apps.GetAsync(TestDatabase.Postgres);
        var police = await app.SignInAsync("police.demo");
        var published = await PublishAsync(police, new NoticeRequest("并发阅读", "正文", null, [DemoSeeder.DemoShopCode]));
        var readers = new[] { await app.SignInAsync("shop.demo"), await app.SignInAsync("shop.manager") };

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => readers[i % 2].GetAsync($"/api/v1/notices/inbox/{published.Id}", Ct)));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
        var views = await Task.WhenAll(responses.Select(ReadAsync));
        views.Select(v => (v.ReadAt, v.ReadBy)).Distinct().ShouldHaveSingleItem();
        (await app.AuditOfAsync("Notice", published.Id.ToString(CultureInfo.InvariantCulture))).Count(a => a.Action == "Notice.Read").ShouldBe(1);
        var receipt = (await police.GetFromJsonAsync<NoticeDetails>($"/api/v1/notices/{published.Id}", FilingSteps.Json, Ct))!.Receipts.ShouldHaveSingleItem();
        receipt.ReadBy.ShouldBe(views[0].ReadBy);
    }

    private static async Task<NoticeSummary> PublishAsync(HttpClient police, NoticeRequest request)
    {
        var response = await police.PostAsJsonAsync("/api/v1/notices", request, FilingSteps.Json, Ct);
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<NoticeSummary>(FilingSteps.Json, Ct))!;
    }

    private static async Task<ShopNotices> InboxAsync(HttpClient shop) =>
        (await shop.GetFromJsonAsync<ShopNotices>("/api/v1/notices/inbox", FilingSteps.Json, Ct))!;

    private static async Task<ShopNoticeView> ReadAsync(HttpResponseMessage response)
    {
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<ShopNoticeView>(FilingSteps.Json, Ct))!;
    }
}
