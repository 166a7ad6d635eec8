using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SealGuard.Core.Organizations;
using SealGuard.Web.Features.Organizations;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Organizations;

/// <summary>
/// 单位注销: police of the organization's jurisdiction mark it deregistered (or active again) with a note; the history
/// keeps the source; public verification of its seals says truthfully that the organization is deregistered; intake is
/// not refused but the clerk is warned.
/// </summary>
public sealed class OrganizationStateTests(SharedApps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_deregistered_organizations_seal_verifies_as_invalid_saying_why_and_intake_warns(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var police = await app.SignInAsync("police.demo");
        var organization = TestData.Organization();
        var seal = await shop.DeliverNewSealAsync(TestData.Intake(organization));
        (await VerifyAsync(app, seal, organization.Name!)).GetProperty("result").GetString().ShouldBe("Valid");

        var state = await ReadAsync(await PutAsync(police, organization.CreditCode!, "Deregistered", "市场监管通报已注销"));

        state.State.ShouldBe(OrganizationState.Deregistered);
        state.History.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            h => h.State.ShouldBe(OrganizationState.Deregistered),
            h => h.Source.ShouldBe(OrganizationStateSource.Officer),
            h => h.ChangedBy.ShouldBe("police.demo"),
            h => h.Note.ShouldBe("市场监管通报已注销"));
        var verified = await VerifyAsync(app, seal, organization.Name!);
        verified.GetProperty("result").GetString().ShouldBe("Invalid");
        verified.GetProperty("status").GetString().ShouldBe("无效（使用单位已注销）");
        verified.GetProperty("hasImprint").GetBoolean().ShouldBeFalse();

        // Not refused: the clerk is warned, the intake goes through.
        var prefill = await shop.GetFromJsonAsync<JsonElement>($"/api/v1/organizations/by-credit-code/{organization.CreditCode}", Ct);
        prefill.GetProperty("deregisteredWarning").GetString().ShouldNotBeNullOrEmpty();
        await shop.FileAsync(TestData.Intake(organization, sealTypes: ["02"]));

        await (await PutAsync(police, organization.CreditCode!, "Deregistered", "再次")).ShouldBeRefusedAsync("Organization.StateUnchanged");
        var active = await ReadAsync(await PutAsync(police, organization.CreditCode!, "Active", "注销登记已撤销"));
        active.History.Select(h => h.State).ShouldBe([OrganizationState.Active, OrganizationState.Deregistered]);
        (await VerifyAsync(app, seal, organization.Name!)).GetProperty("result").GetString().ShouldBe("Valid");
        var again = await shop.GetFromJsonAsync<JsonElement>($"/api/v1/organizations/by-credit-code/{organization.CreditCode}", Ct);
        (!again.TryGetProperty("deregisteredWarning", out var warning) || warning.ValueKind == JsonValueKind.Null).ShouldBeTrue();

        var orgCode = await app.WithDbAsync(db => Task.FromResult(db.Organizations.Single(o => o.CreditCode == organization.CreditCode).OrgCode));
        (await app.AuditOfAsync("Organization", orgCode)).Count(a => a.Action == "Organization.StateChanged").ShouldBe(2);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Only_police_of_the_jurisdiction_change_the_state_with_a_valid_state_and_a_note(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var organization = TestData.Organization("410702");
        await shop.FileAsync(TestData.Intake(organization));

        await (await PutAsync(await app.SignInAsync("police.fengqiu"), organization.CreditCode!, "Deregistered", "越权")).ShouldBeNotFoundAsync("Organization.NotFound");
        (await PutAsync(shop, organization.CreditCode!, "Deregistered", "店员")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var police = await app.SignInAsync("police.demo");
        await (await PutAsync(police, organization.CreditCode!, "Closed", " ")).ShouldNameFieldsAsync("state", "note");
        await (await PutAsync(police, TestData.Organization().CreditCode!, "Deregistered", "未登记的单位")).ShouldBeNotFoundAsync("Organization.NotFound");
        (await app.WithDbAsync(db => Task.FromResult(db.Organizations.Single(o => o.CreditCode == organization.CreditCode).State))).ShouldBe(OrganizationState.Active);
    }

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, string creditCode, string state, string note) =>
        client.PutAsJsonAsync($"/api/v1/organizations/{creditCode}/state", new OrganizationStateRequest(state, note), FilingSteps.Json, Ct);

    private static async Task<OrganizationStateView> ReadAsync(HttpResponseMessage response)
    {
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<OrganizationStateView>(FilingSteps.Json, Ct))!;
    }

    private static async Task<JsonElement> VerifyAsync(SealGuardApp app, string sealCode, string name) =>
        await app.AnonymousClient().GetFromJsonAsync<JsonElement>($"/api/v1/public/verification?sealCode={sealCode}&orgName={Uri.EscapeDataString(name)}", Ct);
}
