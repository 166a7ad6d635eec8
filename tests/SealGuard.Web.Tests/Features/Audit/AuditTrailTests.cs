using System.Globalization;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Audit;

public sealed class AuditTrailTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_step_of_a_seals_lifecycle_is_audited_in_order_with_its_actor(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.LoginAsync("shop.demo");

        var (filingId, code) = await shop.DeliverNewSealToAsync(TestData.Intake(), TestData.Person());

        var accepted = (await app.AuditOfAsync("Filing", filingId.ToString(CultureInfo.InvariantCulture))).Where(a => a.Action == "Filing.Accepted").ShouldHaveSingleItem();
        accepted.Detail.ShouldNotBeNull().ShouldContain(code);
        var steps = (await app.AuditOfAsync("Seal", code)).Where(a => a.Action != "Seal.Viewed").ToList();
        steps.Select(a => a.Action).ShouldBe(["Seal.Engraved", "Seal.ImprintUploaded", "Seal.Delivered"]);
        AuditEntry[] all = [accepted, .. steps];
        all.ShouldAllBe(a => a.ActorName == "shop.demo" && a.ActorRole == "ShopOperator" && a.ActorUserId != null);
        all.Select(a => a.Id).ShouldBeInOrder(SortDirection.Ascending);
        var chain = app.Services.GetRequiredService<AuditChain>();
        all.ShouldAllBe(a => a.Hash == chain.ComputeHash(a));
        // TestData.Intake's organization is in 410702: each entry is readable there.
        all.ShouldAllBe(a => a.DivisionCode == "410702");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_person_search_is_recorded_in_the_searchers_county_and_a_sign_in_in_the_users(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var before = await app.LastAuditIdAsync();
        var search = new { idNumber = TestData.Person().IdNumber, purpose = "案件核查" };

        (await (await app.LoginAsync("police.fengqiu")).PostAsJsonAsync("/api/v1/seals/search", search, ct)).EnsureSuccessStatusCode();
        (await (await app.LoginAsync("police.demo")).PostAsJsonAsync("/api/v1/seals/search", search, ct)).EnsureSuccessStatusCode();
        await app.LoginAsync("shop.demo");

        var entries = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Id > before).ToListAsync(ct));
        Division(entries, "PersonalData.Searched", "police.fengqiu").ShouldBe("410727");
        Division(entries, "PersonalData.Searched", "police.demo").ShouldBeNull("a city-wide search belongs to no county");
        Division(entries, "Auth.SignedIn", "police.fengqiu").ShouldBe("410727");
        Division(entries, "Auth.SignedIn", "shop.demo").ShouldBe("410702", "a shop user belongs to the shop's division");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_database_refuses_to_update_or_delete_audit_entries(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var before = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Id == 1, ct));

        string[] statements =
        [
            "UPDATE audit_entries SET detail = 'tampered' WHERE id = 1",
            "UPDATE audit_entries SET actor_name = 'someone.else'",
            "DELETE FROM audit_entries WHERE id = 1",
            "DELETE FROM audit_entries",
            .. provider == TestDatabase.Postgres ? ["TRUNCATE audit_entries"] : Array.Empty<string>(),
        ];
        foreach (var sql in statements)
        {
            var error = await app.WithDbAsync(async db =>
            {
                // In a transaction that is rolled back, so a missing trigger cannot spoil the shared app's audit log.
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var refused = await Should.ThrowAsync<Exception>(() => db.Database.ExecuteSqlRawAsync(sql, ct), sql);
                await transaction.RollbackAsync(ct);
                return refused;
            });
            error.Message.ShouldContain("append-only", customMessage: sql);
        }

        var after = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Id == 1, ct));
        after.Detail.ShouldBe(before.Detail);
        after.Hash.ShouldBe(before.Hash);
    }

    private static string? Division(List<AuditEntry> entries, string action, string actorName) =>
        entries.Last(a => a.Action == action && a.ActorName == actorName).DivisionCode;
}
