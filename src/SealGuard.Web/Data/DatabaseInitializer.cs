using Microsoft.EntityFrameworkCore;
using SealGuard.Web.Features.CodeTables;

namespace SealGuard.Web.Data;

/// <summary>Brings a database up to date: migrations and reference data (at start-up and by <c>sealguard migrate</c>).</summary>
public sealed class DatabaseInitializer(SealGuardDbContext db, CodeTableService codeTables)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            // WAL lets readers go on while one writer commits.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            await db.Database.CloseConnectionAsync();
        }

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
}
