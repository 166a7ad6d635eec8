using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SealGuard.Core;
using SealGuard.Core.Codes;
using SealGuard.Core.Shops;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Intake;
using SealGuard.Web.Features.Shops;
using SealGuard.Web.Seeding.Demo;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Intake;

public sealed class FilingNumberConcurrencyTests(SharedApps apps)
{
    private const int Intakes = 24;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Parallel_intakes_of_one_shop_get_distinct_numbers_one_to_n_of_the_year(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        // A shop of its own, so no other test's intake takes numbers of its counter meanwhile.
        var shopCode = await FileShopAsync(app, ct);
        var userName = "receipts." + Guid.NewGuid().ToString("N")[..12];
        using (var scope = app.Services.CreateScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<AddUserHandler>().AddAsync(Actor.System,
                new NewUser(userName, userName, DemoSeeder.DemoPassword, UserRole.ShopOperator, shopCode, [], StaffId: await app.AddAcceptedStaffAsync(shopCode)), ct);
            created.IsSuccess.ShouldBeTrue(created.Failure?.Message);
        }

        var clients = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => app.LoginAsync(userName)));

        // Materials staged before the race, so only the intakes themselves run in parallel.
        var requests = new List<IntakeRequest>();
        for (var i = 0; i < Intakes; i++)
        {
            requests.Add(await clients[i % clients.Length].WithMaterialsAsync(TestData.Intake()));
        }

        var responses = await Task.WhenAll(Enumerable.Range(0, Intakes)
            .Select(i => clients[i % clients.Length].PostAsJsonAsync("/api/v1/filings", requests[i], FilingSteps.Json, ct)));

        var numbers = new List<FilingNumber>();
        foreach (var response in responses)
        {
            await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
            numbers.Add(FilingNumber.Parse((await response.Content.ReadFromJsonAsync<IntakeResponse>(FilingSteps.Json, ct))!.FilingNumber));
        }

        var year = ChinaTime.Today(TimeProvider.System).Year;
        numbers.ShouldAllBe(n => n.ShopCode == shopCode && n.Year == year);
        numbers.Select(n => n.Serial).Order().ShouldBe(Enumerable.Range(1, Intakes));
        var stored = await app.WithDbAsync(db => db.Filings.Where(f => f.FilingNumber.StartsWith(shopCode)).Select(f => f.FilingNumber).ToListAsync(ct));
        stored.Order(StringComparer.Ordinal).ShouldBe(numbers.Select(n => n.Value).Order(StringComparer.Ordinal));
    }

    private static async Task<string> FileShopAsync(SealGuardApp app, CancellationToken ct)
    {
        using var scope = app.Services.CreateScope();
        var filed = await scope.ServiceProvider.GetRequiredService<FileShopHandler>().HandleAsync(
            new Actor(3, "police.admin", UserRole.PoliceAdmin, null, ["4107"], null),
            new FileShopRequest("410721", $"新乡县{TestData.UniqueWord()}刻章店", "河南省新乡市新乡县人民路2号", "0373-5551234",
                [new StaffInput(TestData.Person("410721"), StaffRole.Manager), new StaffInput(TestData.Person("410721"), StaffRole.Engraver)]), ct);
        return filed.Value.ShouldNotBeNull(filed.Failure?.Message).ShopCode;
    }
}
