using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SealGuard.Core.Shops;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Shops;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Shops;

/// <summary>A shop of its own for a test that suspends, closes or penalises one, so the demo shops other tests use stay Normal.</summary>
public sealed record TestShop(long Id, string ShopCode, string ClerkUserName, HttpClient Clerk, IReadOnlyList<FiledStaff> Staff);

public static class SupervisedShops
{
    /// <summary>Files a shop (manager, operator, engraver) in <paramref name="division"/> and signs in a clerk of it.</summary>
    public static async Task<TestShop> NewShopAsync(this SealGuardApp app, string division = "410702")
    {
        var ct = TestContext.Current.CancellationToken;
        FiledShop filed;
        using (var scope = app.Services.CreateScope())
        {
            var staff = new[] { StaffRole.Manager, StaffRole.Operator, StaffRole.Engraver }.Select(role => new StaffInput(TestData.Person(division), role)).ToList();
            var outcome = await scope.ServiceProvider.GetRequiredService<FileShopHandler>().HandleAsync(Actor.System,
                new FileShopRequest(division, "测试" + TestData.UniqueWord() + "刻章店", "新乡市红旗区测试路1号", null, staff), ct);
            filed = outcome.Value.ShouldNotBeNull(outcome.Failure?.Message);
        }

        var clerk = await app.AddUserAsync(UserRole.ShopOperator, filed.ShopCode);
        return new TestShop(filed.Id, filed.ShopCode, clerk, await app.SignInAsync(clerk), filed.Staff);
    }

    public static Task<HttpResponseMessage> PutStateAsync(this HttpClient police, string shopCode, string state, string? reason = "现场检查发现未按规定登记") =>
        police.PutAsJsonAsync($"/api/v1/shops/{shopCode}/state", new ShopStateRequest(state, reason), FilingSteps.Json, TestContext.Current.CancellationToken);

    public static Task<HttpResponseMessage> PostPenaltyAsync(this HttpClient police, PenaltyRequest request) =>
        police.PostAsJsonAsync("/api/v1/penalties", request, FilingSteps.Json, TestContext.Current.CancellationToken);

    public static PenaltyRequest Warning(string shopCode, DateOnly decidedOn) =>
        new(shopCode, null, DecisionNumber(), "Warning", "《印铸刻字业暂行管理规则》第三条", null, decidedOn);

    public static string DecisionNumber() => "新公（治）行罚决字〔2026〕" + Guid.NewGuid().ToString("N")[..10] + "号";

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;

    public static Task<int> FilingCountAsync(this SealGuardApp app, long shopId) =>
        app.WithDbAsync(db => db.Filings.CountAsync(f => f.ShopId == shopId, TestContext.Current.CancellationToken));
}
