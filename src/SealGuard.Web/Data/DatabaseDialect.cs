using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace SealGuard.Web.Data;

/// <summary>
/// Everything that differs between the database providers, in one place (docs/decisions/0002-provider-dialect.md).
/// Each provider's context carries its dialect (<see cref="SealGuardDbContext.Dialect"/>), so the two cannot disagree;
/// code outside <c>Data/</c> asks the dialect and never tests the provider.
/// </summary>
public abstract class DatabaseDialect
{
    /// <summary>Counts per division, shop, type and life state (the same statement on both providers).</summary>
    public const string FillSealCounts = """
        INSERT INTO seal_counts (division_code, shop_id, type, life, count)
        SELECT division_code, shop_id, type, life, COUNT(*) FROM seals GROUP BY division_code, shop_id, type, life
        """;

    /// <summary>Accepted seals per division and China-time month (<c>yyyyMM</c>) into <c>seal_month_counts</c>; times are stored as UTC.</summary>
    public abstract string FillSealMonthCounts { get; }

    /// <summary>Accepted seals per division, China-time day, shop, type and reason into <c>seal_day_counts</c>.</summary>
    public abstract string FillSealDayCounts { get; }

    /// <summary>Accepted seals per division, China-time month, shop, type and reason into <c>seal_reason_month_counts</c>.</summary>
    public abstract string FillSealReasonMonthCounts { get; }

    /// <summary>How the bulk loader sends rows: PostgreSQL's binary COPY, or one prepared INSERT per row on SQLite.</summary>
    public abstract BulkTransport BulkTransport { get; }

    /// <summary>Per-connection settings taken once at start-up, before the migrations run.</summary>
    public virtual Task PrepareAsync(DatabaseFacade database, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// <paramref name="query"/> with the rows it reads locked until the transaction ends, so a second writer waits for
    /// the first to commit and then reads what it wrote.
    /// </summary>
    public abstract string LockingSelect(string query);

    /// <summary>
    /// <paramref name="query"/> with the rows it reads share-locked until the transaction ends: readers holding it go on
    /// together, a writer of those rows waits for all of them, and a reader that comes after the writer reads what it wrote.
    /// </summary>
    public abstract string SharedLockingSelect(string query);

    /// <summary>
    /// Makes every other transaction that asks for the same <paramref name="key"/> wait until this one ends, e.g. the
    /// writers of the audit chain, so each appends after the last committed entry.
    /// </summary>
    public abstract Task LockTransactionAsync(DatabaseFacade database, long key, CancellationToken cancellationToken);

    /// <summary>
    /// Holds every other caller asking for the same (<paramref name="lockClass"/>, <paramref name="key"/>) until the
    /// returned handle is disposed, across transactions (e.g. one user name's sign-in attempts, from the password check
    /// until the refused attempt's surviving record has committed).
    /// </summary>
    public abstract Task<IAsyncDisposable> HoldSessionLockAsync(DatabaseFacade database, int lockClass, int key, CancellationToken cancellationToken);

    /// <summary>
    /// Ids of the seals whose <c>organization_name</c> contains <paramref name="term"/> (3 characters or more) through a
    /// provider index, as a subquery to compose; null when LIKE on the column is what reads the index (PostgreSQL).
    /// </summary>
    public abstract IQueryable<long>? SealIdsByOrganizationNameIndex(SealGuardDbContext db, string term);

    /// <summary>
    /// Ids of the organizations whose name contains <paramref name="term"/>, read through an index this provider has for
    /// a term of that length; null when it has none and a plain <c>LIKE</c> is the answer.
    /// </summary>
    public abstract IQueryable<long>? OrganizationIdsByNameIndex(SealGuardDbContext db, string term);

    /// <summary>
    /// Hands out <paramref name="count"/> consecutive serials of a <c>code_sequences</c> counter inside the caller's
    /// transaction and returns the first; null, with nothing changed, when the block would go past <paramref name="maxSerial"/>.
    /// The increment is a single UPDATE … RETURNING, so concurrent callers queue on the row lock and never get the same
    /// number; a rolled-back transaction never published its numbers. The statement is the same on both providers.
    /// </summary>
    public async Task<int?> AllocateSerialsAsync(DatabaseFacade database, string kind, string divisionCode, int count, int maxSerial, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var transaction = database.CurrentTransaction ?? throw new InvalidOperationException("Codes are allocated inside a unit of work.");
        await ScalarAsync(database, transaction, "INSERT INTO code_sequences (kind, division_code, last_value, floor) VALUES (@kind, @division, 0, 0) ON CONFLICT DO NOTHING",
            [("@kind", kind), ("@division", divisionCode)], cancellationToken);
        var last = await ScalarAsync(database, transaction,
            "UPDATE code_sequences SET last_value = last_value + @count WHERE kind = @kind AND division_code = @division AND last_value <= @max - @count RETURNING last_value",
            [("@kind", kind), ("@division", divisionCode), ("@count", count), ("@max", maxSerial)], cancellationToken);
        return last is null or DBNull ? null : Convert.ToInt32(last, CultureInfo.InvariantCulture) - count + 1;
    }

    /// <summary>
    /// Hands out <paramref name="count"/> consecutive filing-number serials of a shop and year inside the caller's
    /// transaction and returns the first; null, with nothing changed, past <paramref name="maxSerial"/>. The same single
    /// UPDATE … RETURNING on a counter row as <see cref="AllocateSerialsAsync"/>, so concurrent intakes of a shop queue.
    /// </summary>
    public async Task<int?> AllocateFilingSerialsAsync(DatabaseFacade database, long shopId, int year, int count, int maxSerial, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var transaction = database.CurrentTransaction ?? throw new InvalidOperationException("Filing numbers are allocated inside a unit of work.");
        await ScalarAsync(database, transaction, "INSERT INTO filing_number_sequences (shop_id, year, last_value) VALUES (@shop, @year, 0) ON CONFLICT DO NOTHING",
            [("@shop", shopId), ("@year", year)], cancellationToken);
        var last = await ScalarAsync(database, transaction,
            "UPDATE filing_number_sequences SET last_value = last_value + @count WHERE shop_id = @shop AND year = @year AND last_value <= @max - @count RETURNING last_value",
            [("@shop", shopId), ("@year", year), ("@count", count), ("@max", maxSerial)], cancellationToken);
        return last is null or DBNull ? null : Convert.ToInt32(last, CultureInfo.InvariantCulture) - count + 1;
    }

    private static async Task<object?> ScalarAsync(DatabaseFacade database, IDbContextTransaction transaction, string sql, (string Name, object Value)[] parameters, CancellationToken cancellationToken)
    {
        await using var command = database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return await command.ExecuteScalarAsync(cancellationToken);
    }
}

/// <summary>A held lock; disposing it releases the lock.</summary>
internal sealed class HeldLock(Func<Task> release) : IAsyncDisposable
{
    public async ValueTask DisposeAsync() => await release();
}

/// <summary>How the bulk loader's rows reach the database.</summary>
public enum BulkTransport
{
    /// <summary>PostgreSQL binary <c>COPY … FROM STDIN</c>; ids from the identity sequences.</summary>
    Copy = 1,

    /// <summary>One prepared INSERT per row inside a BEGIN IMMEDIATE transaction; ids above the table's high-water mark.</summary>
    Insert = 2,
}
