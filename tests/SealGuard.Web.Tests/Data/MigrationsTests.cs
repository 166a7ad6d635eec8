using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using SealGuard.Core.Exchange;
using SealGuard.Core.Filings;
using SealGuard.Core.Organizations;
using SealGuard.Core.Shops;
using SealGuard.Web.Data;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Data;

public sealed class MigrationsTests(SharedApps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Each_provider_has_migrations_for_the_whole_model(string provider)
    {
        var app = await apps.GetAsync(provider);

        var pending = await app.WithDbAsync(db => Task.FromResult(db.Database.HasPendingModelChanges()));
        var unapplied = await app.WithDbAsync(async db => (await db.Database.GetPendingMigrationsAsync()).ToList());

        pending.ShouldBeFalse("the model changed without a migration for this provider");
        unapplied.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Upgrading_a_database_with_rows_gives_every_ferried_row_a_distinct_key_that_EF_finds_and_version_1(string provider)
    {
        // A demo city, and one seal taken through its whole flow (version 4), taken back to the schema before stable keys.
        await using var app = await SealGuardApp.StartAsync(provider);
        await (await app.SignInAsync("shop.demo")).DeliverNewSealAsync();
        await app.WithDbAsync(async db =>
        {
            var migrations = db.Database.GetMigrations().ToList();
            var stableKeys = migrations.FindIndex(m => m.EndsWith("_StableKeys", StringComparison.Ordinal));
            await db.GetService<IMigrator>().MigrateAsync(migrations[stableKeys - 1], Ct);
            await db.Database.MigrateAsync(Ct);
            return true;
        });

        await ShouldBeKeyedAsync<EngravingShop>(app);
        await ShouldBeKeyedAsync<ShopStaff>(app);
        await ShouldBeKeyedAsync<Organization>(app);
        await ShouldBeKeyedAsync<Filing>(app);
        await ShouldBeKeyedAsync<FilingDocument>(app);
        await ShouldBeKeyedAsync<Seal>(app);
        await ShouldBeKeyedAsync<SealEvent>(app);
    }

    /// <summary>Read back through EF (so the stored text parses as EF's Guid), and each key found by an EF query for it.</summary>
    private static async Task ShouldBeKeyedAsync<T>(SealGuardApp app)
        where T : class, IFerried
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SealGuardDbContext>();
        var rows = await db.Set<T>().AsNoTracking()
            .Select(e => new { Key = EF.Property<Guid>(e, nameof(IFerried.Key)), Version = EF.Property<long>(e, nameof(IFerried.Version)) })
            .ToListAsync(Ct);

        rows.ShouldNotBeEmpty(typeof(T).Name);
        rows.ShouldAllBe(r => r.Key != Guid.Empty && r.Version == 1, typeof(T).Name);
        rows.Select(r => r.Key).Distinct().Count().ShouldBe(rows.Count, typeof(T).Name);
        foreach (var key in new[] { rows[0].Key, rows[^1].Key })
        {
            (await db.Set<T>().CountAsync(e => EF.Property<Guid>(e, nameof(IFerried.Key)) == key, Ct)).ShouldBe(1, $"{typeof(T).Name} {key}");
        }
    }
}
