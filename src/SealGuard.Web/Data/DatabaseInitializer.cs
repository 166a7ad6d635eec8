using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace SealGuard.Web.Data;

/// <summary>Brings a database up to date: migrations and reference data (at start-up and by <c>sealguard migrate</c>).</summary>
public sealed class DatabaseInitializer(SealGuardDbContext db, IEnumerable<IReferenceData> referenceData)
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

        foreach (var data in referenceData)
        {
            await data.SeedAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Why the database cannot serve yet (it does not exist, or migrations are missing), or null when it can. Creates
    /// nothing: for SQLite it looks for the file (opening it would create an empty one).
    /// </summary>
    public async Task<string?> NotReadyAsync(CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var where = db.Database.IsSqlite() ? connection.DataSource : $"database {connection.Database} on {connection.DataSource}";
        if (!await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken))
        {
            return $"no SealGuard database at {where}";
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        return pending == 0 ? null : $"the database at {where} lacks {pending} migration(s)";
    }
}
