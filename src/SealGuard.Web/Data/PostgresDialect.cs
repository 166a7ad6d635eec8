using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace SealGuard.Web.Data;

/// <summary>
/// PostgreSQL: writers run side by side, so rules that read and then write take row locks (<c>FOR UPDATE</c>) and the
/// audit chain a transaction-scoped advisory lock. A name of three characters or more is answered by the <c>pg_trgm</c> GIN index on
/// <c>organizations.name</c> for the LIKE pattern; two characters by the GIN index of each name's two-character pieces.
/// </summary>
public sealed class PostgresDialect : DatabaseDialect
{
    public static readonly PostgresDialect Instance = new();

    /// <inheritdoc cref="DatabaseDialect.FillSealDayCounts"/>
    public const string FillSealDayCountsSql = """
        INSERT INTO seal_day_counts (division_code, day, shop_id, type, reason, count)
        SELECT division_code, CAST(to_char((accepted_at AT TIME ZONE 'UTC') + INTERVAL '8 hours', 'YYYYMMDD') AS integer), shop_id, type, reason, COUNT(*)
        FROM seals GROUP BY 1, 2, 3, 4, 5
        """;

    /// <inheritdoc cref="DatabaseDialect.FillSealReasonMonthCounts"/>
    public const string FillSealReasonMonthCountsSql = """
        INSERT INTO seal_reason_month_counts (division_code, month, shop_id, type, reason, count)
        SELECT division_code, CAST(to_char((accepted_at AT TIME ZONE 'UTC') + INTERVAL '8 hours', 'YYYYMM') AS integer), shop_id, type, reason, COUNT(*)
        FROM seals GROUP BY 1, 2, 3, 4, 5
        """;

    /// <inheritdoc cref="DatabaseDialect.FillSealMonthCounts"/>
    public const string FillSealMonthCountsSql = """
        INSERT INTO seal_month_counts (division_code, month, count)
        SELECT division_code, CAST(to_char((accepted_at AT TIME ZONE 'UTC') + INTERVAL '8 hours', 'YYYYMM') AS integer), COUNT(*)
        FROM seals GROUP BY 1, 2
        """;

    private PostgresDialect()
    {
    }

    public override string FillSealMonthCounts => FillSealMonthCountsSql;

    public override string FillSealDayCounts => FillSealDayCountsSql;

    public override string FillSealReasonMonthCounts => FillSealReasonMonthCountsSql;

    public override BulkTransport BulkTransport => BulkTransport.Copy;

    public override string LockingSelect(string query) => query + " FOR UPDATE";

    public override string SharedLockingSelect(string query) => query + " FOR SHARE";

    public override async Task LockTransactionAsync(DatabaseFacade database, long key, CancellationToken cancellationToken) =>
        await database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", cancellationToken);

    /// <summary>A session advisory lock ((int, int) keys, a key space apart from the transaction locks' bigint one) on a connection kept open meanwhile.</summary>
    public override async Task<IAsyncDisposable> HoldSessionLockAsync(DatabaseFacade database, int lockClass, int key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        await database.OpenConnectionAsync(cancellationToken);
        try
        {
            await database.ExecuteSqlAsync($"SELECT pg_advisory_lock({lockClass}, {key})", cancellationToken);
        }
        catch
        {
            await database.CloseConnectionAsync();
            throw;
        }

        return new HeldLock(async () =>
        {
            try
            {
                // Not cancellable: a pooled connection must not go back to the pool holding the lock.
                await database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({lockClass}, {key})", CancellationToken.None);
            }
            finally
            {
                await database.CloseConnectionAsync();
            }
        });
    }

    public override IQueryable<long>? OrganizationIdsByNameIndex(SealGuardDbContext db, string term)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(term);

        // Three characters and more: the LIKE pattern itself reads the trigram index.
        return term.Length == 2
            ? db.Database.SqlQuery<long>($"SELECT id AS \"Value\" FROM organizations WHERE sealguard_bigrams(name) @> ARRAY[{term}]::text[]")
            : null;
    }

    /// <summary>LIKE on <c>seals.organization_name</c> reads its trigram index; no subquery needed.</summary>
    public override IQueryable<long>? SealIdsByOrganizationNameIndex(SealGuardDbContext db, string term) => null;
}
