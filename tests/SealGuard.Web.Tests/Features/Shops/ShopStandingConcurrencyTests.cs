using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SealGuard.Core;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Intake;
using SealGuard.Web.Features.Shops;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Shops;

/// <summary>
/// The suspended-shop block under load and on the clock: intakes share-lock the shop row, a suspension locks it, so
/// every intake either commits before the suspension or is refused; a 停业整顿 period blocks from its first day to its last.
/// </summary>
public sealed class ShopStandingConcurrencyTests(SharedApps apps)
{
    private const int Parallel = 10;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Parallel_intakes_racing_a_suspension_each_commit_before_it_or_are_refused_and_none_is_half_written(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var shop = await app.NewShopAsync();
        var police = await app.SignInAsync("police.demo");
        var clients = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => app.LoginAsync(shop.ClerkUserName)));
        var prepared = new List<IntakeRequest>();
        for (var i = 0; i < Parallel; i++)
        {
            prepared.Add(await clients[0].WithMaterialsAsync(TestData.Intake()));
        }

        var intakes = prepared.Select((request, i) => clients[i % clients.Length].PostAsJsonAsync("/api/v1/filings", request, FilingSteps.Json, ct)).ToList();
        await Task.WhenAny(intakes);
        var suspension = await police.PutStateAsync(shop.ShopCode, "Suspended", "并发测试");
        var responses = await Task.WhenAll(intakes);

        await suspension.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var created = new List<long>();
        foreach (var response in responses)
        {
            if (response.StatusCode == HttpStatusCode.Created)
            {
                created.Add((await response.Content.ReadFromJsonAsync<IntakeResponse>(FilingSteps.Json, ct))!.FilingId);
            }
            else
            {
                (await response.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("Shop.Suspended");
            }
        }

        created.ShouldNotBeEmpty("the first intake to answer came before the suspension was asked for");
        var filings = await app.WithDbAsync(db => db.Filings.Where(f => f.ShopId == shop.Id).Select(f => new { f.Id, Seals = f.Seals.Count }).ToListAsync(ct));
        filings.Select(f => f.Id).ShouldBe(created, ignoreOrder: true);
        filings.ShouldAllBe(f => f.Seals == 1);
        var keys = created.Select(id => id.ToString(CultureInfo.InvariantCulture)).ToList();
        // The audit chain appends in commit order: every accepted intake's entry lies before the suspension's.
        var accepted = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "Filing.Accepted" && keys.Contains(a.EntityKey)).Select(a => a.Id).ToListAsync(ct));
        var suspended = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "Shop.StateChanged" && a.EntityKey == shop.ShopCode).Select(a => a.Id).SingleAsync(ct));
        accepted.Count.ShouldBe(created.Count);
        accepted.ShouldAllBe(id => id < suspended);
        var unclaimed = responses.Count(r => r.StatusCode != HttpStatusCode.Created);
        var staged = prepared.SelectMany(r => r.DocumentIds!).ToList();
        (await app.WithDbAsync(db => db.StagedDocuments.CountAsync(d => staged.Contains(d.Id), ct)))
            .ShouldBe(unclaimed * prepared[0].DocumentIds!.Count, "a refused intake leaves its staged materials for another try");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_suspension_period_refuses_intake_exactly_from_its_first_to_its_last_day_on_the_clock(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var shop = await app.NewShopAsync();
        var today = ChinaTime.Today(TimeProvider.System);
        var (first, last) = (today.AddDays(-5), today.AddDays(-3));
        var police = await app.SignInAsync("police.demo");
        await (await police.PostPenaltyAsync(new PenaltyRequest(shop.ShopCode, null, SupervisedShops.DecisionNumber(), "SuspendBusiness", "《印铸刻字业暂行管理规则》",
            null, today.AddDays(-10), first, last))).ShouldHaveStatusAsync(HttpStatusCode.Created);
        var clerk = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == shop.ClerkUserName).Select(u => new { u.Id, u.UserName }).SingleAsync(ct));
        var actor = new Actor(clerk.Id, clerk.UserName, UserRole.ShopOperator, shop.Id, [], null);

        var outcomes = new List<string?>();
        foreach (var (day, minute) in new[] { (first.AddDays(-1), 23 * 60 + 59), (first, 0), (last, 23 * 60 + 59), (last.AddDays(1), 0) })
        {
            var clock = new FakeTimeProvider(new DateTimeOffset(ChinaTime.StartOfDayUtc(day).AddMinutes(minute), TimeSpan.Zero));
            var request = await shop.Clerk.WithMaterialsAsync(TestData.Intake());
            using var scope = app.Services.CreateScope();
            var standing = ActivatorUtilities.CreateInstance<ShopStandingHandler>(scope.ServiceProvider, clock);
            var intake = ActivatorUtilities.CreateInstance<FileIntakeHandler>(scope.ServiceProvider, clock, standing);
            var outcome = await intake.HandleAsync(actor, request, ct);
            outcomes.Add(outcome.Failure?.Code);
        }

        outcomes.ShouldBe([null, "Shop.Suspended", "Shop.Suspended", null]);
        (await app.FilingCountAsync(shop.Id)).ShouldBe(2);
    }
}
