using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace SealGuard.Web.Data;

/// <summary>
/// SQLite: transactions here are BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default), which already lets one writer at a
/// time in, so no row or transaction lock is needed; names of three characters or more are found in the FTS5 trigram table.
/// </summary>
public sealed class SqliteDialect : DatabaseDialect
{
    public static readonly SqliteDialect Instance = new();

    private static readonly SemaphoreSlim[] Stripes = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    /// <summary>Trigrams need three characters; shorter terms have no index on SQLite.</summary>
    public const int TrigramMinLength = 3;

    /// <inheritdoc cref="DatabaseDialect.FillSealDayCounts"/>
    public const string FillSealDayCountsSql = """
        INSERT INTO seal_day_counts (division_code, day, shop_id, type, reason, count)
        SELECT division_code, CAST(strftime('%Y%m%d', accepted_at, '+8 hours') AS INTEGER), shop_id, type, reason, COUNT(*)
        FROM seals GROUP BY 1, 2, 3, 4, 5
        """;

    /// <inheritdoc cref="DatabaseDialect.FillSealReasonMonthCounts"/>
    public const string FillSealReasonMonthCountsSql = """
        INSERT INTO seal_reason_month_counts (division_code, month, shop_id, type, reason, count)
        SELECT division_code, CAST(strftime('%Y%m', accepted_at, '+8 hours') AS INTEGER), shop_id, type, reason, COUNT(*)
        FROM seals GROUP BY 1, 2, 3, 4, 5
        """;

    /// <inheritdoc cref="DatabaseDialect.FillSealMonthCounts"/>
    public const string FillSealMonthCountsSql = """
        INSERT INTO seal_month_counts (division_code, month, count)
        SELECT division_code, CAST(strftime('%Y%m', accepted_at, '+8 hours') AS INTEGER), COUNT(*)
        FROM seals GROUP BY 1, 2
        """;

    private SqliteDialect()
    {
    }

    public override string FillSealMonthCounts => FillSealMonthCountsSql;

    public override string FillSealDayCounts => FillSealDayCountsSql;

    public override string FillSealReasonMonthCounts => FillSealReasonMonthCountsSql;

    public override BulkTransport BulkTransport => BulkTransport.Insert;

    public override async Task PrepareAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);

        // WAL lets readers go on while one writer commits.
        await database.OpenConnectionAsync(cancellationToken);
        await database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        await database.CloseConnectionAsync();
    }

    public override string LockingSelect(string query) => query;

    public override string SharedLockingSelect(string query) => query;

    public override Task LockTransactionAsync(DatabaseFacade database, long key, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>SQLite is single-instance: callers queue in the process, on one of a fixed set of stripes.</summary>
    public override async Task<IAsyncDisposable> HoldSessionLockAsync(DatabaseFacade database, int lockClass, int key, CancellationToken cancellationToken)
    {
        var stripe = Stripes[(int)((uint)HashCode.Combine(lockClass, key) % (uint)Stripes.Length)];
        await stripe.WaitAsync(cancellationToken);
        return new HeldLock(() =>
        {
            stripe.Release();
            return Task.CompletedTask;
        });
    }

    public override IQueryable<long>? OrganizationIdsByNameIndex(SealGuardDbContext db, string term)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(term);
        if (term.Length < TrigramMinLength)
        {
            return null;
        }

        // A quoted FTS5 phrase: the term's trigrams in order, i.e. the term as a substring. Quotes are doubled.
        var phrase = "\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        return db.Database.SqlQuery<long>($"SELECT rowid AS \"Value\" FROM organization_names WHERE organization_names MATCH {phrase}");
    }

    public override IQueryable<long>? SealIdsByOrganizationNameIndex(SealGuardDbContext db, string term)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(term);
        if (term.Length < TrigramMinLength)
        {
            return null;
        }

        var phrase = "\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        return db.Database.SqlQuery<long>($"SELECT rowid AS \"Value\" FROM seal_organization_names WHERE seal_organization_names MATCH {phrase}");
    }
}
