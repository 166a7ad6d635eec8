using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Seals;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Seals;

/// <summary>
/// A person search's token: the criteria come back for the same user and session until it expires, never otherwise;
/// they are held in the database, so any app server over it answers the token, and only as a blind index.
/// </summary>
public sealed class PersonSearchTokensTests(SharedApps apps)
{
    private static readonly Actor Officer = new(7, "police.demo", UserRole.PoliceOfficer, null, ["4107"], null);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_token_answers_its_user_and_session_until_it_expires_and_stores_no_id_number(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SealGuardDbContext>();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var http = new HttpContextAccessor { HttpContext = Session("s1") };
        var tokens = new PersonSearchTokens(db, http, clock);
        var criteria = new PersonCriteria(new string('a', 64), "410702********1234", "王建国", "案件核查");

        var token = await tokens.IssueAsync(Officer, criteria, Ct);

        token.Length.ShouldBeLessThanOrEqualTo(16);
        (await tokens.ResolveAsync(Officer, token, Ct)).ShouldBe(criteria);
        (await tokens.ResolveAsync(Officer with { UserId = 8 }, token, Ct)).ShouldBeNull("another user");
        http.HttpContext = Session("s2");
        (await tokens.ResolveAsync(Officer, token, Ct)).ShouldBeNull("another sign-in session of the same user");
        http.HttpContext = Session("s1");
        clock.Advance(PersonSearchTokens.Lifetime - TimeSpan.FromSeconds(1));
        (await tokens.ResolveAsync(Officer, token, Ct)).ShouldBe(criteria);
        clock.Advance(TimeSpan.FromSeconds(2));
        (await tokens.ResolveAsync(Officer, token, Ct)).ShouldBeNull("expired");

        // The row names the search by the token's hash, never by the token itself.
        (await db.PersonSearchTokens.AnyAsync(t => t.TokenHash == token, Ct)).ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_token_issued_by_one_app_server_works_on_another_over_the_same_database_for_its_user_only(string provider)
    {
        // Two app servers behind one proxy: same database, same data directory (keys), separate processes' memory.
        await using var first = await SealGuardApp.StartAsync(provider);
        await using var second = await SealGuardApp.StartAsync(provider, s =>
        {
            foreach (var (key, value) in first.Settings)
            {
                s[key] = value;
            }
        });
        var shop = await first.SignInAsync("shop.demo");
        var word = TestData.UniqueWord();
        var organization = TestData.OrganizationNamed(word);
        var filed = await shop.FileAsync(TestData.Intake(organization, sealTypes: ["01", "02"]));
        var idNumber = organization.LegalRepresentative!.IdNumber!;

        var onFirst = await first.LoginAsync("police.demo");
        var response = await onFirst.PostAsJsonAsync("/api/v1/seals/search", new SealSearch(null, null, null, null, null, idNumber, "核查 " + word, null, null), FilingSteps.Json, Ct);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var searched = (await response.Content.ReadFromJsonAsync<SealPage>(FilingSteps.Json, Ct))!;
        searched.Items.Select(i => i.SealCode).ShouldBe(filed.Seals.Select(s => s.SealCode), ignoreOrder: true);
        var token = searched.PersonToken.ShouldNotBeNull();

        // The same signed-in officer's next request lands on the other server: the token repeats the search there.
        var onSecond = second.CreateClient();
        onSecond.DefaultRequestHeaders.Authorization = onFirst.DefaultRequestHeaders.Authorization;
        var repeated = await PageAsync(onSecond, $"personToken={token}&sort=type");
        repeated.Items.Select(i => i.Type).ShouldBe(["01", "02"]);
        repeated.Items.Select(i => i.SealCode).ShouldBe(filed.Seals.Select(s => s.SealCode), ignoreOrder: true);
        repeated.Person.ShouldBe(searched.Person);

        // Another officer (or the same officer's other sign-in) finds nothing with it, on either server.
        await (await (await second.LoginAsync("police.admin")).GetAsync($"/api/v1/seals?personToken={token}", Ct)).ShouldNameFieldsAsync("personToken");
        await (await (await first.LoginAsync("police.demo")).GetAsync($"/api/v1/seals?personToken={token}", Ct)).ShouldNameFieldsAsync("personToken");

        // The database holds the blind index and the masked number, not the ID number.
        var rows = await second.WithDbAsync(db => db.PersonSearchTokens.AsNoTracking().ToListAsync(Ct));
        rows.ShouldHaveSingleItem().IdNumberMasked.ShouldNotBeNull().ShouldNotBe(idNumber);
        rows.ShouldAllBe(r => r.IdNumberIndex != idNumber && r.PersonName == null);

        // Past its lifetime the sweep removes it, whichever server runs the job.
        using (var scope = second.Services.CreateScope())
        {
            await new PersonSearchTokenCleanupJob(new FakeTimeProvider(DateTimeOffset.UtcNow + PersonSearchTokens.Lifetime + TimeSpan.FromMinutes(1))).RunAsync(scope.ServiceProvider, Ct);
        }

        (await second.WithDbAsync(db => db.PersonSearchTokens.CountAsync(Ct))).ShouldBe(0);
        await (await onFirst.GetAsync($"/api/v1/seals?personToken={token}", Ct)).ShouldNameFieldsAsync("personToken");
    }

    private static async Task<SealPage> PageAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/v1/seals?" + query, Ct);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<SealPage>(FilingSteps.Json, Ct))!;
    }

    private static DefaultHttpContext Session(string id) =>
        new() { User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(UserSessions.SessionClaim, id)], "test")) };
}
