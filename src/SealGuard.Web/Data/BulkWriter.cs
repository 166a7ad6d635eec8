using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace SealGuard.Web.Data;

/// <summary>
/// Writes whole tables of prepared entities inside the current transaction of <paramref name="db"/>, faster than
/// SaveChanges can. Only the transport differs per provider; every value comes from <see cref="TableLayout{T}"/>.
/// </summary>
internal abstract class BulkWriter(SealGuardDbContext db)
{
    protected SealGuardDbContext Db => db;

    protected DbTransaction Transaction =>
        db.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("Bulk writes happen inside a transaction.");

    public static BulkWriter For(SealGuardDbContext db) => db.Dialect.BulkTransport switch
    {
        BulkTransport.Copy => new PostgresBulkWriter(db),
        BulkTransport.Insert => new SqliteBulkWriter(db),
        _ => throw new InvalidOperationException($"No bulk writer for {db.Dialect.BulkTransport}."),
    };

    /// <summary>Session settings for the load, on the connection the load keeps open; returns what undoes them.</summary>
    public virtual Task<Func<Task>> TuneSessionAsync(CancellationToken cancellationToken) => Task.FromResult<Func<Task>>(() => Task.CompletedTask);

    /// <summary>Takes <paramref name="count"/> ids of <paramref name="table"/> that no other writer gets, now or later.</summary>
    public abstract Task<long[]> ReserveIdsAsync(string table, int count, CancellationToken cancellationToken);

    public abstract Task WriteAsync<T>(TableLayout<T> layout, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class;

    protected static string Quote(string identifier) => "\"" + identifier + "\"";

    protected async Task<object?> ScalarAsync(string sql, (string Name, object Value)[] parameters, CancellationToken cancellationToken)
    {
        await using var command = Db.Database.GetDbConnection().CreateCommand();
        command.Transaction = Db.Database.CurrentTransaction?.GetDbTransaction();
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

/// <summary>PostgreSQL: ids from the identity sequences, rows through binary COPY.</summary>
internal sealed class PostgresBulkWriter(SealGuardDbContext db) : BulkWriter(db)
{
    public override async Task<long[]> ReserveIdsAsync(string table, int count, CancellationToken cancellationToken)
    {
        // nextval never hands a number out twice, even to the app writing at the same time; gaps are harmless.
        var connection = (NpgsqlConnection)Db.Database.GetDbConnection();
        await using var command = new NpgsqlCommand("SELECT nextval(pg_get_serial_sequence(@table, 'id')) FROM generate_series(1, @count)", connection);
        command.Parameters.AddWithValue("table", table);
        command.Parameters.AddWithValue("count", count);
        var ids = new long[count];
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        for (var i = 0; i < count && await reader.ReadAsync(cancellationToken); i++)
        {
            ids[i] = reader.GetInt64(0);
        }

        return ids;
    }

    public override async Task WriteAsync<T>(TableLayout<T> layout, IReadOnlyList<T> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var columns = layout.Columns;
        var typeNames = columns.Select(c => c.Mapping.StoreTypeNameBase).ToArray();
        var connection = (NpgsqlConnection)Db.Database.GetDbConnection();
        var copy = $"COPY {Quote(layout.Table)} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)";
        await using var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken);
        foreach (var row in rows)
        {
            // Synchronous writes: the importer buffers, and an awaited call per value costs more than the COPY itself.
            importer.StartRow();
            for (var i = 0; i < columns.Count; i++)
            {
                WriteValue(importer, columns[i].ProviderValue(row), typeNames[i]);
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private static void WriteValue(NpgsqlBinaryImporter importer, object? value, string typeName)
    {
        switch (value)
        {
            case null:
                importer.WriteNull();
                break;
            case string text:
                importer.Write(text, typeName);
                break;
            case long number:
                importer.Write(number, typeName);
                break;
            case int number:
                importer.Write(number, typeName);
                break;
            case double number:
                importer.Write(number, typeName);
                break;
            case bool flag:
                importer.Write(flag, typeName);
                break;
            case DateTime time:
                importer.Write(time, typeName);
                break;
            case Guid key:
                importer.Write(key, typeName);
                break;
            default:
                throw new InvalidOperationException($"No COPY writer for {value.GetType().Name} values.");
        }
    }
}

/// <summary>
/// SQLite: the write transaction is BEGIN IMMEDIATE, so nobody else can take ids while it runs; rows go through one
/// prepared INSERT whose parameters EF's own type mappings create. One row per statement is deliberate: Microsoft.Data.Sqlite
/// binds parameters by name and SQLite finds each name by a linear search, so multi-row statements measured slower
/// (4 rows per INSERT cost 30% more CPU than 1).
/// </summary>
internal sealed class SqliteBulkWriter(SealGuardDbContext db) : BulkWriter(db)
{
    /// <summary>
    /// A page cache that holds a batch's index pages: with SQLite's default 2 MB they are evicted, re-read and spilled
    /// within the transaction (20% more CPU at 250,000 seals, more as the indexes grow). The pooled connection gets its
    /// old size back afterwards.
    /// </summary>
    public override async Task<Func<Task>> TuneSessionAsync(CancellationToken cancellationToken)
    {
        var previous = await ScalarAsync("PRAGMA cache_size", [], cancellationToken);
        await ScalarAsync("PRAGMA cache_size = -262144", [], cancellationToken);
        return async () => await ScalarAsync(string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = {Convert.ToInt64(previous, CultureInfo.InvariantCulture)}"), [], CancellationToken.None);
    }

    public override async Task<long[]> ReserveIdsAsync(string table, int count, CancellationToken cancellationToken)
    {
        // AUTOINCREMENT tables never reuse an id, so start above both the live maximum and the recorded high-water mark.
        var last = await ScalarAsync(
            $"SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = @table), 0), COALESCE((SELECT MAX(id) FROM {Quote(table)}), 0))",
            [("@table", table)], cancellationToken);
        var first = Convert.ToInt64(last, CultureInfo.InvariantCulture) + 1;
        var ids = new long[count];
        for (var i = 0; i < count; i++)
        {
            ids[i] = first + i;
        }

        return ids;
    }

    public override async Task WriteAsync<T>(TableLayout<T> layout, IReadOnlyList<T> rows, CancellationToken cancellationToken)
    {
        var columns = layout.Columns;
        await using var insert = Db.Database.GetDbConnection().CreateCommand();
        insert.Transaction = Transaction;
        insert.CommandText = $"INSERT INTO {Quote(layout.Table)} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i.ToString(CultureInfo.InvariantCulture)))})";
        for (var i = 0; i < columns.Count; i++)
        {
            insert.Parameters.Add(columns[i].Mapping.CreateParameter(insert, "@p" + i.ToString(CultureInfo.InvariantCulture), null, nullable: true));
        }

        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                insert.Parameters[i].Value = columns[i].ProviderValue(row) ?? DBNull.Value;
            }

            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
