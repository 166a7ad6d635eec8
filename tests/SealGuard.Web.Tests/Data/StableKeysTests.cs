using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SealGuard.Core.Exchange;
using SealGuard.Core.Filings;
using SealGuard.Core.Organizations;
using SealGuard.Web.Data;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Data;

/// <summary>The stable keys and versions the ferry will name rows by (docs/decisions/0008-stable-keys.md).</summary>
public sealed class StableKeysTests(SharedApps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Intake_gives_every_new_row_a_key_that_never_changes_while_each_step_moves_the_seal_version_by_one(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var filing = await shop.FileAsync(TestData.Intake());
        var code = filing.Seals[0].SealCode;

        var accepted = await ReadAsync(app, code);
        Guid[] keys = [accepted.Organization.Key, accepted.Filing.Key, accepted.Seal.Key, .. accepted.Events.Select(e => e.Key)];
        keys.ShouldAllBe(k => k.Version == 7);
        keys.Distinct().Count().ShouldBe(keys.Length);
        accepted.Seal.Version.ShouldBe(1);
        accepted.Filing.Version.ShouldBe(1);
        accepted.Events.ShouldAllBe(e => e.Version == 1);

        await (await shop.EngraveAsync(code, await shop.EngraverIdAsync())).ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await ReadAsync(app, code)).Seal.Version.ShouldBe(2);

        // The imprint lives in the seal's row (an owned part): storing it is a change of the seal.
        await (await shop.UploadImprintAsync(code)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await ReadAsync(app, code)).Seal.Version.ShouldBe(3);

        await (await shop.DeliverAsync(code)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var delivered = await ReadAsync(app, code);
        delivered.Seal.Version.ShouldBe(4);
        delivered.Seal.Key.ShouldBe(accepted.Seal.Key);
        delivered.Filing.Key.ShouldBe(accepted.Filing.Key);
        delivered.Filing.Version.ShouldBe(1, "nothing changed the filing's row");
        delivered.Organization.Key.ShouldBe(accepted.Organization.Key);
        delivered.Events.Take(accepted.Events.Count).Select(e => e.Key).ShouldBe(accepted.Events.Select(e => e.Key));
        delivered.Events.Count.ShouldBe(4);
        delivered.Events.Select(e => e.Key).Distinct().Count().ShouldBe(4);
        delivered.Events.ShouldAllBe(e => e.Version == 1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_unit_of_work_that_changes_a_seal_twice_moves_its_version_once(string provider)
    {
        var app = await apps.GetAsync(provider);
        var code = await (await app.SignInAsync("shop.demo")).DeliverNewSealAsync();
        var before = (await ReadAsync(app, code)).Seal.Version;

        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SealGuardDbContext>();
            var outcome = await scope.ServiceProvider.GetRequiredService<UnitOfWork>().ExecuteAsync<bool>(async ct =>
            {
                var seal = await db.Seals.SingleAsync(s => s.SealCode == code, ct);
                var officer = new EventActor(0, "test.officer");
                seal.ReportLost(officer, DateTime.UtcNow, null).ShouldBeNull();
                seal.Surrender(officer, DateTime.UtcNow, null).ShouldBeNull();
                return true;
            }, Ct);
            outcome.IsSuccess.ShouldBeTrue();
        }

        var after = await ReadAsync(app, code);
        after.Seal.Version.ShouldBe(before + 1);
        after.Seal.Life.ShouldBe(LifeState.Surrendered);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Shops_and_staff_filed_through_the_unit_of_work_have_distinct_keys_and_versions_from_1(string provider)
    {
        var app = await apps.GetAsync(provider);

        var rows = await app.WithDbAsync(async db =>
        {
            List<IFerried> all = [.. await db.Shops.AsNoTracking().ToListAsync(Ct), .. await db.ShopStaff.AsNoTracking().ToListAsync(Ct)];
            return all;
        });

        rows.ShouldNotBeEmpty();
        rows.Select(r => r.Key).Distinct().Count().ShouldBe(rows.Count);
        // Filed at version 1; other tests on this shared app suspend shops and decide staff registrations, which bump theirs.
        rows.ShouldAllBe(r => r.Key.Version == 7 && r.Version >= 1);
        rows.Min(r => r.Version).ShouldBe(1);
    }

    private static Task<Rows> ReadAsync(SealGuardApp app, string code) => app.WithDbAsync(async db =>
    {
        var seal = await db.Seals.AsNoTracking().Include(s => s.History).SingleAsync(s => s.SealCode == code, Ct);
        return new Rows(
            await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == seal.OrganizationId, Ct),
            await db.Filings.AsNoTracking().SingleAsync(f => f.Id == seal.FilingId, Ct),
            seal,
            [.. seal.History.OrderBy(e => e.Id)]);
    });

    private sealed record Rows(Organization Organization, Filing Filing, Seal Seal, List<SealEvent> Events);
}
