using Microsoft.EntityFrameworkCore;

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
}
