using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SealGuard.Core.Alerts;
using SealGuard.Core.Codes;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Alerts;

/// <summary>
/// The alerts API other tools rely on: list (jurisdiction-scoped, by rule and state, cursor), assign, close, with the
/// state transitions and their refusals. The alerts come from rule 1 over real refused intakes.
/// </summary>
public sealed class AlertsApiTests(SharedApps apps)
{
    private const string Rule = "DuplicateExclusiveSeal";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_alert_is_listed_assigned_to_oneself_and_closed_with_a_note_then_refuses_further_changes(string provider)
    {
        var app = await apps.GetAsync(provider);
        var organization = await (await app.SignInAsync("shop.demo")).AttemptSecondPublicSealAsync();
        var police = await app.SignInAsync("police.demo");
        var alert = (await app.AlertsAboutAsync(Rule, organization.CreditCode!)).ShouldHaveSingleItem();

        var listed = (await police.ListAlertsAsync($"?rule={Rule}&state=Open")).GetProperty("items").EnumerateArray().ToList();
        var item = listed.Single(i => i.GetProperty("id").GetInt64() == alert.Id);
        item.GetProperty("severity").GetString().ShouldBe("High");
        item.GetProperty("subject").GetProperty("kind").GetString().ShouldBe("Organization");
        item.GetProperty("subject").GetProperty("label").GetString().ShouldBe(organization.Name);

        var assigned = await ReadAsync(await police.AssignAlertAsync(alert.Id));
        assigned.GetProperty("state").GetString().ShouldBe("Assigned");
        assigned.GetProperty("assigneeUserId").GetInt64().ShouldBe(await app.UserIdAsync("police.demo"));

        (await (await police.CloseAlertAsync(alert.Id, " ")).ShouldNameFieldsAsync("note"))["note"].ShouldBe([Messages.Get("Field.Required")]);
        var closed = await ReadAsync(await police.CloseAlertAsync(alert.Id, "已约谈刻章店，系重复下单"));
        closed.GetProperty("state").GetString().ShouldBe("Closed");
        closed.GetProperty("closeNote").GetString().ShouldBe("已约谈刻章店，系重复下单");
        closed.GetProperty("closedAt").ValueKind.ShouldBe(JsonValueKind.String);

        var again = await (await police.CloseAlertAsync(alert.Id, "再次结案")).ShouldBeRefusedAsync("Alert.AlreadyClosed");
        again.GetProperty("detail").GetString().ShouldBe(Messages.Get("Alert.AlreadyClosed"));
        await (await police.AssignAlertAsync(alert.Id)).ShouldBeRefusedAsync("Alert.AlreadyClosed");
        (await app.AuditOfAsync("Alert", alert.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).Select(e => e.Action).ShouldBe(["Alert.Assigned", "Alert.Closed"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_alert_goes_only_to_a_police_user_whose_jurisdiction_covers_it(string provider)
    {
        var app = await apps.GetAsync(provider);
        var organization = await (await app.SignInAsync("shop.demo")).AttemptSecondPublicSealAsync();
        var police = await app.SignInAsync("police.demo");
        var alert = (await app.AlertsAboutAsync(Rule, organization.CreditCode!)).ShouldHaveSingleItem();

        foreach (var ineligible in new[] { "police.fengqiu", "shop.demo", "admin.demo" })
        {
            var errors = await (await police.AssignAlertAsync(alert.Id, await app.UserIdAsync(ineligible))).ShouldNameFieldsAsync("assigneeUserId");
            errors["assigneeUserId"].ShouldBe([Messages.Get("Alert.AssigneeNotEligible")], ineligible);
        }

        await (await police.AssignAlertAsync(alert.Id, -1)).ShouldNameFieldsAsync("assigneeUserId");
        var admin = await ReadAsync(await police.AssignAlertAsync(alert.Id, await app.UserIdAsync("police.admin")));
        admin.GetProperty("assigneeName").GetString().ShouldNotBeNullOrEmpty();
        (await app.AlertsAboutAsync(Rule, organization.CreditCode!)).ShouldHaveSingleItem().State.ShouldBe(AlertState.Assigned);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_officer_of_410727_sees_and_touches_nothing_of_410702(string provider)
    {
        var app = await apps.GetAsync(provider);
        var organization = await (await app.SignInAsync("shop.demo")).AttemptSecondPublicSealAsync("410702");
        var alert = (await app.AlertsAboutAsync(Rule, organization.CreditCode!)).ShouldHaveSingleItem();
        var fengqiu = await app.SignInAsync("police.fengqiu");

        (await fengqiu.AllAlertIdsAsync(Rule)).ShouldNotContain(alert.Id);
        (await fengqiu.ListAlertsAsync()).GetProperty("items").EnumerateArray()
            .ShouldAllBe(i => i.GetProperty("divisionCode").GetString()!.StartsWith("410727", StringComparison.Ordinal));
        (await (await fengqiu.GetAsync($"/api/v1/alerts/{alert.Id}", TestContext.Current.CancellationToken)).ProblemAsync(HttpStatusCode.NotFound)).GetProperty("code").GetString().ShouldBe("Alert.NotFound");
        (await (await fengqiu.AssignAlertAsync(alert.Id)).ProblemAsync(HttpStatusCode.NotFound)).GetProperty("code").GetString().ShouldBe("Alert.NotFound");
        (await (await fengqiu.CloseAlertAsync(alert.Id, "越权结案")).ProblemAsync(HttpStatusCode.NotFound)).GetProperty("code").GetString().ShouldBe("Alert.NotFound");
        (await app.AlertsAboutAsync(Rule, organization.CreditCode!)).ShouldHaveSingleItem().State.ShouldBe(AlertState.Open);

        (await (await app.SignInAsync("police.demo")).AllAlertIdsAsync(Rule)).ShouldContain(alert.Id);
        (await (await (await app.SignInAsync("shop.demo")).GetAsync("/api/v1/alerts", TestContext.Current.CancellationToken)).ProblemAsync(HttpStatusCode.Forbidden)).GetProperty("code").GetString().ShouldBe("Forbidden");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bad_filters_are_refused_with_their_field(string provider)
    {
        var police = await (await apps.GetAsync(provider)).SignInAsync("police.demo");

        foreach (var (query, field, code) in new[] { ("?rule=NoSuchRule", "rule", "Alert.UnknownRule"), ("?state=Done", "state", "Alert.InvalidState"), ("?cursor=abc", "cursor", "Search.InvalidCursor") })
        {
            var response = await police.GetAsync("/api/v1/alerts" + query, TestContext.Current.CancellationToken);
            (await response.ShouldNameFieldsAsync(field))[field].ShouldBe([Messages.Get(code)]);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_list_pages_by_cursor_without_gaps_or_repeats(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        for (var i = 0; i < 3; i++)
        {
            await shop.AttemptSecondPublicSealAsync();
        }

        var police = await app.SignInAsync("police.demo");
        var first = await police.ListAlertsAsync($"?rule={Rule}");
        var total = first.GetProperty("total").GetInt32();
        var all = await police.AllAlertIdsAsync(Rule);
        all.Count.ShouldBeGreaterThanOrEqualTo(3);
        all.ShouldBe(all.Distinct().OrderDescending().ToList());
        all.Count.ShouldBeGreaterThanOrEqualTo(total);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }
}
