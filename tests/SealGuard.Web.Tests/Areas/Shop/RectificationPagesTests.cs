using System.Net;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Codes;
using SealGuard.Web.Seeding.Demo;
using SealGuard.Web.Tests.Features.Inspections;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Areas.Shop;

/// <summary>The shop terminal's 整改通知 and 检查记录: its own only, each item marked with a note or photo for the recheck.</summary>
public sealed class RectificationPagesTests(SharedApps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_shop_sees_its_open_notice_in_the_navigation_and_marks_the_item_with_a_note_and_a_photo(string provider)
    {
        var app = await apps.GetAsync(provider);
        var inspection = await (await app.LoginAsync("police.demo")).InspectAsync(DemoSeeder.DemoShopCode, 6);
        var id = inspection.RectificationId!.Value;
        var itemId = await app.WithDbAsync(db => db.Rectifications.Where(r => r.Id == id).SelectMany(r => r.Items).Select(i => i.Id).SingleAsync(Ct));
        var (shop, _) = await app.SignInWithCookieAsync("shop.demo");

        var home = await (await shop.GetAsync("/Shop", Ct)).Content.ReadAsStringAsync(Ct).Decoded();
        home.ShouldMatch("href=\"/Shop/Rectifications\"[^>]*>.*?data-testid=\"nav-badge\">\\d+<span class=\"visually-hidden\">项待整改</span>");
        (await (await shop.GetAsync("/Shop/Rectifications", Ct)).Content.ReadAsStringAsync(Ct)).ShouldContain($"data-rectification-id=\"{id}\"");
        (await (await shop.GetAsync("/Shop/Inspections", Ct)).Content.ReadAsStringAsync(Ct)).ShouldContain($"data-inspection-id=\"{inspection.Id}\"");
        var page = $"/Shop/Rectifications/{id}";

        var empty = await PostMarkAsync(shop, page, itemId, " ", photo: null);
        empty.StatusCode.ShouldBe(HttpStatusCode.OK);
        ChangeFilingPageTests.ErrorUnder(await empty.Content.ReadAsStringAsync(Ct).Decoded(), "note").ShouldBe(Messages.Get("Rectification.EvidenceRequired"));

        var marked = await PostMarkAsync(shop, page, itemId, "已补全承接登记簿", TestData.Png(200, 150));

        marked.StatusCode.ShouldBe(HttpStatusCode.Redirect, await marked.Content.ReadAsStringAsync(Ct));
        var after = await (await shop.GetAsync(marked.Headers.Location!.OriginalString, Ct)).Content.ReadAsStringAsync(Ct).Decoded();
        after.ShouldContain("已标记整改，等待公安机关复查。");
        after.ShouldContain("已补全承接登记簿");
        after.ShouldContain($"/api/v1/rectifications/{id}/items/{itemId}/photo?thumbnail=true");
        var police = await (await app.SignInWithCookieAsync("police.demo")).Client.GetAsync($"/Police/Rectifications/{id}", Ct);
        (await police.Content.ReadAsStringAsync(Ct).Decoded()).ShouldContain("已补全承接登记簿");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_shop_opens_no_other_shops_notice_or_inspection_and_no_police_page(string provider)
    {
        var app = await apps.GetAsync(provider);
        var inspection = await (await app.LoginAsync("police.demo")).InspectAsync(await app.ShopCodeInAsync("410703"), 2);
        var (shop, _) = await app.SignInWithCookieAsync("shop.demo");

        (await shop.GetAsync($"/Shop/Rectifications/{inspection.RectificationId}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await shop.GetAsync($"/Shop/Inspections/{inspection.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await shop.GetAsync("/Shop/Rectifications", Ct)).Content.ReadAsStringAsync(Ct)).ShouldNotContain($"data-rectification-id=\"{inspection.RectificationId}\"");
        foreach (var path in new[] { "/Police/Inspections", $"/Police/Inspections/{inspection.Id}", $"/Police/Rectifications/{inspection.RectificationId}", "/Police/Checklists" })
        {
            (await shop.GetAsync(path, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, path);
        }
    }

    private static async Task<HttpResponseMessage> PostMarkAsync(HttpClient shop, string page, long itemId, string note, byte[]? photo)
    {
        var html = await (await shop.GetAsync(page, Ct)).Content.ReadAsStringAsync(Ct);
        var form = new MultipartFormDataContent
        {
            { new StringContent(PageBrowser.AntiforgeryToken(html)), "__RequestVerificationToken" },
            { new StringContent(itemId.ToString(System.Globalization.CultureInfo.InvariantCulture)), "ItemId" },
            { new StringContent(note), "Note" },
        };
        if (photo is not null)
        {
            form.Add(new ByteArrayContent(photo), "photo", "fixed.png");
        }

        return await shop.PostAsync(page + "?handler=Mark", form, Ct);
    }
}
