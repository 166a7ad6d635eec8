using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Alerts;
using SealGuard.Web.Features.Intake;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Alerts;

internal static class AlertTestSteps
{
    /// <summary>Files a 公章 for a fresh organization, then attempts a second one (refused): rule 1's condition.</summary>
    public static async Task<OrganizationInput> AttemptSecondPublicSealAsync(this HttpClient shop, string division = "410702")
    {
        var organization = TestData.Organization(division);
        await shop.FileAsync(TestData.Intake(organization, sealTypes: ["01"]));
        await (await shop.PostIntakeAsync(TestData.Intake(organization, sealTypes: ["01"]))).ShouldBeRefusedAsync("Seal.UniqueTypeInUse");
        return organization;
    }

    /// <summary>The alerts of a rule about one subject, straight from the database.</summary>
    public static Task<List<Alert>> AlertsAboutAsync(this SealGuardApp app, string rule, string subjectKey) =>
        app.WithDbAsync(db => db.Set<Alert>().AsNoTracking().Where(a => a.Rule == rule && a.SubjectKey == subjectKey).OrderBy(a => a.Id).ToListAsync(TestContext.Current.CancellationToken));

    public static async Task<JsonElement> ListAlertsAsync(this HttpClient police, string query = "")
    {
        var response = await police.GetAsync("/api/v1/alerts" + query, TestContext.Current.CancellationToken);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }

    /// <summary>Every id the list answers for a filter, following the cursor.</summary>
    public static async Task<List<long>> AllAlertIdsAsync(this HttpClient police, string rule)
    {
        var ids = new List<long>();
        string? cursor = null;
        do
        {
            var page = await police.ListAlertsAsync($"?rule={rule}" + (cursor is null ? "" : "&cursor=" + cursor));
            ids.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()));
            cursor = page.GetProperty("nextCursor").ValueKind == JsonValueKind.Null ? null : page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);
        return ids;
    }

    public static Task<HttpResponseMessage> AssignAlertAsync(this HttpClient police, long id, long? assigneeUserId = null) =>
        police.PostAsJsonAsync($"/api/v1/alerts/{id}/assign", new { assigneeUserId }, TestContext.Current.CancellationToken);

    public static Task<HttpResponseMessage> CloseAlertAsync(this HttpClient police, long id, string? note) =>
        police.PostAsJsonAsync($"/api/v1/alerts/{id}/close", new { note }, TestContext.Current.CancellationToken);

    public static Task<long> UserIdAsync(this SealGuardApp app, string userName) =>
        app.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken));
}
