using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SealGuard.Web.Features.CodeTables;
using SealGuard.Web.Hosting;
using SealGuard.Web.Seeding.Demo;

namespace SealGuard.Web.Data;

/// <summary>Brings a database up to date at start-up: migrations, reference data, and the demo city when asked for.</summary>
public sealed class DatabaseInitializer(SealGuardDbContext db, CodeTableService codeTables, DemoSeeder demo, IOptions<SealGuardOptions> options)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await db.Dialect.PrepareAsync(db.Database, cancellationToken);

        // A migration may build an index over millions of rows or fill a table from them: no 30-second limit here.
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(Timeout.InfiniteTimeSpan);
        try
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
        }

        await codeTables.SeedAsync(cancellationToken);
    }

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await MigrateAsync(cancellationToken);
        if (options.Value.Demo)
        {
            await demo.SeedAsync(options.Value.DemoOrganizations, cancellationToken);
        }
    }
}
