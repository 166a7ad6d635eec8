using Microsoft.EntityFrameworkCore;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Data;

public sealed class MigrationsTests(SharedApps apps)
{
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
}
