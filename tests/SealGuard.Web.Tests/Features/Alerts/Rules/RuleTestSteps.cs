using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Alerts;
using SealGuard.Web.Features.Organizations;
using SealGuard.Web.Features.WatchList;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Alerts.Rules;

/// <summary>What the event and refusal rules' tests set up through the API: the watch list, an organization's state.</summary>
internal static class RuleTestSteps
{
    public static async Task PutOnWatchListAsync(this SealGuardApp app, string idNumber)
    {
        var admin = await app.SignInAsync("police.admin");
        await (await admin.PostAsJsonAsync("/api/v1/watch-list", new WatchListRequest(idNumber, "涉嫌冒用他人身份刻章"), FilingSteps.Json, TestContext.Current.CancellationToken))
            .ShouldHaveStatusAsync(HttpStatusCode.Created);
    }

    public static async Task SetOrganizationStateAsync(this SealGuardApp app, string creditCode, string state)
    {
        var police = await app.SignInAsync("police.demo");
        await (await police.PutAsJsonAsync($"/api/v1/organizations/{creditCode}/state", new OrganizationStateRequest(state, "市场监管部门通报"), FilingSteps.Json, TestContext.Current.CancellationToken))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    /// <summary>The alerts of a rule whose facts name <paramref name="fact"/> (a shop code, a user name), straight from the database.</summary>
    public static Task<List<Alert>> AlertsNamingAsync(this SealGuardApp app, string rule, string fact) =>
        app.WithDbAsync(db => db.Set<Alert>().AsNoTracking().Where(a => a.Rule == rule && a.Facts.Contains(fact)).OrderBy(a => a.Id).ToListAsync(TestContext.Current.CancellationToken));

    /// <summary>The alert is listed to the officers of 红旗区's city (police.demo) and to nobody of 封丘县 (police.fengqiu), by list and by id.</summary>
    public static async Task ShouldBeSeenOnlyInItsJurisdictionAsync(this SealGuardApp app, Alert alert)
    {
        var fengqiu = await app.SignInAsync("police.fengqiu");
        (await fengqiu.AllAlertIdsAsync(alert.Rule)).ShouldNotContain(alert.Id);
        (await fengqiu.GetAsync($"/api/v1/alerts/{alert.Id}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.SignInAsync("police.demo")).AllAlertIdsAsync(alert.Rule)).ShouldContain(alert.Id);
    }
}
