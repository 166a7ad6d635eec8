using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using SealGuard.Core.Codes;
using SealGuard.Core.Filings;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Seals;

/// <summary>制作: recorded once, by the seal's own shop, naming one of its registered engravers.</summary>
public sealed class EngravingTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_engraver_of_another_shop_is_refused_like_an_unknown_id(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var code = (await shop.FileAsync(TestData.Intake())).Seals[0].SealCode;

        // The same answer as for an id that exists nowhere: a shop cannot tell other shops' staff ids apart.
        var other = await shop.EngraveAsync(code, await app.OtherShopEngraverIdAsync());
        var unknown = await shop.EngraveAsync(code, 987_654_321);
        other.StatusCode.ShouldBe(unknown.StatusCode);
        WithoutTraceId(await other.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))
            .ShouldBe(WithoutTraceId(await unknown.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
        (await other.ShouldNameFieldsAsync("engraverStaffId"))["engraverStaffId"].ShouldBe([Messages.Get("Seal.EngraverNotShopStaff")]);

        var seal = await shop.GetSealAsync(code);
        seal.FlowState.ShouldBe(FlowState.Accepted);
        seal.EngraverName.ShouldBeNull();
    }

    /// <summary>An unknown staff id is malformed input (400 on <c>engraverStaffId</c>), not a rule violation.</summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_staff_id_that_does_not_exist_or_is_missing_is_refused_naming_the_field(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var code = (await shop.FileAsync(TestData.Intake())).Seals[0].SealCode;

        var unknown = await (await shop.EngraveAsync(code, 987_654_321)).ShouldNameFieldsAsync("engraverStaffId");
        unknown["engraverStaffId"].ShouldBe([Messages.Get("Seal.EngraverNotShopStaff")]);
        var missing = await shop.PostAsJsonAsync($"/api/v1/seals/{code}/engraving", new { }, FilingSteps.Json, TestContext.Current.CancellationToken);
        (await missing.ShouldNameFieldsAsync("engraverStaffId"))["engraverStaffId"].ShouldBe([Messages.Get("Field.Required")]);

        (await shop.GetSealAsync(code)).FlowState.ShouldBe(FlowState.Accepted);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_malformed_seal_code_is_refused_naming_the_seal_code(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");

        await (await shop.EngraveAsync("41070200000", await shop.EngraverIdAsync())).ShouldNameFieldsAsync("sealCode");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_seal_is_engraved_only_once(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var code = (await shop.FileAndEngraveAsync()).Seals[0].SealCode;

        await (await shop.EngraveAsync(code, await shop.EngraverIdAsync())).ShouldBeRefusedAsync("Seal.NotAwaitingEngraving");

        var seal = await shop.GetSealAsync(code);
        seal.History.Count(e => e.Action == SealAction.Engraved).ShouldBe(1);
        seal.EngraverName.ShouldNotBeNullOrWhiteSpace();
        seal.EngravedAt.ShouldNotBeNull();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Another_shops_seal_cannot_be_engraved_or_seen(string provider)
    {
        var app = await apps.GetAsync(provider);
        var other = await app.LoginOtherShopAsync();
        var code = (await other.FileAsync(TestData.Intake())).Seals[0].SealCode;
        var shop = await app.SignInAsync("shop.demo");

        await (await shop.EngraveAsync(code, await shop.EngraverIdAsync())).ShouldBeNotFoundAsync("Seal.NotFound");
        await (await shop.GetAsync($"/api/v1/seals/{code}", TestContext.Current.CancellationToken)).ShouldBeNotFoundAsync("Seal.NotFound");

        (await other.GetSealAsync(code)).FlowState.ShouldBe(FlowState.Accepted);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Police_cannot_engrave(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var code = (await shop.FileAsync(TestData.Intake())).Seals[0].SealCode;
        var police = await app.SignInAsync("police.demo");

        (await police.EngraveAsync(code, await shop.EngraverIdAsync())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await police.GetSealAsync(code)).FlowState.ShouldBe(FlowState.Accepted);
    }

    /// <summary>A problem body without its per-request trace id.</summary>
    private static string WithoutTraceId(string problem) => Regex.Replace(problem, "\"traceId\":\"[^\"]*\"", string.Empty);
}
