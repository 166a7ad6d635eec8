using System.Net;
using System.Net.Http.Json;
using SealGuard.Core;
using SealGuard.Core.Shops;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Shops;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Shops;

/// <summary>Shop filing (刻章业备案) steps over the API: a shop of its own with its manager, a complete draft, images, submission, decisions.</summary>
public static class ShopFilingSteps
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A new shop of <paramref name="division"/> and a signed-in manager of it.</summary>
    public static async Task<(TestShop Shop, HttpClient Manager)> NewFilingShopAsync(this SealGuardApp app, string division = "410702")
    {
        var shop = await app.NewShopAsync(division);
        return (shop, await app.SignInAsync(await app.AddUserAsync(UserRole.ShopManager, shop.ShopCode)));
    }

    public static ShopFilingRequest Request(DateOnly? licenceDate = null, string address = "新乡市红旗区测试路1号", string division = "410702") =>
        new(TestData.Synthetic().CreditCode(division).Value, licenceDate ?? ChinaTime.Today(TimeProvider.System).AddDays(-2), TestData.Person(division), TestData.Person(division),
            address, null, ["激光刻章机 JG-100", "印章信息采集仪 CJ-2"], "专人保管印章，成品入保险柜，每日登记。");

    public static Task<HttpResponseMessage> PutFilingAsync(this HttpClient manager, string shopCode, ShopFilingRequest request) =>
        manager.PutAsJsonAsync($"/api/v1/shops/{shopCode}/filing", request, FilingSteps.Json, Ct);

    public static Task<HttpResponseMessage> PostFilingImageAsync(this HttpClient manager, string shopCode, string kind, byte[]? content = null, string fileName = "scan.png") =>
        manager.PostAsync($"/api/v1/shops/{shopCode}/filing/images/{kind}",
            new MultipartFormDataContent { { new ByteArrayContent(content ?? TestData.Png()), "file", fileName } }, Ct);

    public static Task<HttpResponseMessage> SubmitFilingAsync(this HttpClient manager, string shopCode) =>
        manager.PostAsync($"/api/v1/shops/{shopCode}/filing/submission", null, Ct);

    /// <summary>Drafts <paramref name="request"/>, attaches both images when asked and submits it: the submitted version.</summary>
    public static async Task<ShopFilingVersionView> FileShopFilingAsync(this HttpClient manager, string shopCode, ShopFilingRequest request, bool images = true)
    {
        await (await manager.PutFilingAsync(shopCode, request)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        if (images)
        {
            await (await manager.PostFilingImageAsync(shopCode, "Licence")).ShouldHaveStatusAsync(HttpStatusCode.OK);
            await (await manager.PostFilingImageAsync(shopCode, "FloorPlan")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        }

        return await (await manager.SubmitFilingAsync(shopCode)).ReadFilingAsync();
    }

    public static Task<HttpResponseMessage> DecideFilingAsync(this HttpClient police, long id, ShopFilingState decision, string? reason = null) =>
        police.PostAsJsonAsync($"/api/v1/shop-filings/{id}/decision", new ShopFilingDecisionRequest(decision, reason), FilingSteps.Json, Ct);

    public static async Task<ShopFilingVersionView> ReadFilingAsync(this HttpResponseMessage response)
    {
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<ShopFilingVersionView>(FilingSteps.Json, Ct))!;
    }

    public static async Task<ShopFilingOverview> FilingOverviewAsync(this HttpClient client, string shopCode) =>
        (await client.GetFromJsonAsync<ShopFilingOverview>($"/api/v1/shops/{shopCode}/filing", FilingSteps.Json, Ct))!;
}
