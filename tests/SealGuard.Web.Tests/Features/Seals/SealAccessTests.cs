using System.Net;
using System.Net.Http.Json;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Seals;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Seals;

public sealed class SealAccessTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_seal_in_410702_is_seen_by_city_police_but_not_by_police_of_another_county(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.LoginAsync("shop.demo");
        var code = await shop.DeliverNewSealAsync();
        code.ShouldStartWith("410702");

        var city = await app.LoginAsync("police.demo");
        (await city.GetSealAsync(code)).SealCode.ShouldBe(code);
        (await SearchAsync(city, $"sealCode={code}")).ShouldBe([code]);

        var fengqiu = await app.LoginAsync("police.fengqiu");
        await (await fengqiu.GetAsync($"/api/v1/seals/{code}", TestContext.Current.CancellationToken)).ProblemAsync(HttpStatusCode.NotFound);
        (await SearchAsync(fengqiu, $"sealCode={code}")).ShouldBeEmpty();
        (await SearchAsync(fengqiu, "limit=100")).ShouldNotContain(code);
        await (await fengqiu.PostAsJsonAsync($"/api/v1/seals/{code}/loss-report", new LifeStateRequest("越权挂失", true), TestContext.Current.CancellationToken))
            .ProblemAsync(HttpStatusCode.NotFound);
        (await shop.GetSealAsync(code)).LifeState.ShouldBe(Core.Filings.LifeState.InUse);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_seal_of_an_organization_in_410727_is_seen_by_the_police_of_410727(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.LoginAsync("shop.demo");
        var intake = TestData.Intake(TestData.Organization("410727"));
        var code = (await shop.FileAsync(intake)).Seals[0].SealCode;
        code.ShouldStartWith("410727");

        var fengqiu = await app.LoginAsync("police.fengqiu");
        var seal = await fengqiu.GetSealAsync(code);
        seal.Organization.DivisionCode.ShouldBe("410727");
        (await SearchAsync(fengqiu, $"sealCode={code}")).ShouldBe([code]);
        (await SearchAsync(fengqiu, $"creditCode={intake.Organization!.CreditCode}")).ShouldBe([code]);
        (await (await app.LoginAsync("police.demo")).GetSealAsync(code)).SealCode.ShouldBe(code);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Another_shop_neither_sees_nor_changes_shop_demos_seal(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var shop = await app.LoginAsync("shop.demo");
        var code = await shop.DeliverNewSealAsync();
        var otherShopCode = await app.OtherShopCodeAsync();
        var other = await app.LoginAsync(await app.AddUserAsync(UserRole.ShopOperator, shopCode: otherShopCode));

        await (await other.GetAsync($"/api/v1/seals/{code}", ct)).ProblemAsync(HttpStatusCode.NotFound);
        (await SearchAsync(other, $"sealCode={code}")).ShouldBeEmpty();
        (await SearchAsync(other, "limit=100")).ShouldNotContain(code);
        await (await other.PostAsJsonAsync($"/api/v1/seals/{code}/loss-report", new LifeStateRequest("经核实办理", true), ct)).ProblemAsync(HttpStatusCode.NotFound);
        await (await other.PostAsJsonAsync($"/api/v1/seals/{code}/scrap", new LifeStateRequest("经核实办理", true), ct)).ProblemAsync(HttpStatusCode.NotFound);
        (await shop.GetSealAsync(code)).LifeState.ShouldBe(Core.Filings.LifeState.InUse);

        // The other shop does see its own work.
        var own = (await other.FileAsync(TestData.Intake())).Seals[0].SealCode;
        (await SearchAsync(other, $"sealCode={own}")).ShouldBe([own]);
        (await other.GetSealAsync(own)).Shop.ShopCode.ShouldBe(otherShopCode);
        await (await shop.GetAsync($"/api/v1/seals/{own}", ct)).ProblemAsync(HttpStatusCode.NotFound);
    }

    private static async Task<List<string>> SearchAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/v1/seals?" + query, TestContext.Current.CancellationToken);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var page = await response.Content.ReadFromJsonAsync<SealPage>(FilingSteps.Json, TestContext.Current.CancellationToken);
        return page!.Items.Select(i => i.SealCode).ToList();
    }
}
