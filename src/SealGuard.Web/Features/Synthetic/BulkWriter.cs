using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using SealGuard.Web.Data;

namespace SealGuard.Web.Features.Synthetic;

/// <summary>
/// Writes whole tables of prepared entities inside the current transaction of <paramref name="db"/>, faster than
/// SaveChanges can. Only the transport differs per provider; every value comes from <see cref="TableLayout{T}"/>.
/// </summary>
internal abstract class BulkWriter(SealGuardDbContext db)
{
    protected SealGuardDbContext Db => db;

    protected DbTransaction Transaction =>
        db.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("Bulk writes happen inside a transaction.");

    public static BulkWriter For(SealGuardDbContext db) => db.Database.IsNpgsql() ? new PostgresBulkWriter(db) : new SqliteBulkWriter(db);

    /// <summary>Session settings for the load, on the connection the load keeps open; returns what undoes them.</summary>
    public virtual Task<Func<Task>> TuneSessionAsync(CancellationToken cancellationToken) => Task.FromResult<Func<Task>>(() => Task.CompletedTask);

    /// <summary>Takes <paramref name="count"/> ids of <paramref name="table"/> that no other writer gets, now or later.</summary>
    public abstract Task<long[]> ReserveIdsAsync(string table, int count, CancellationToken cancellationToken);

    public abstract Task WriteAsync<T>(TableLayout<T> layout, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class;

    /// <summary>
    /// Advances a <c>code_sequences</c> counter by <paramref name="count"/> in one UPDATE … RETURNING (the row lock queues
    /// concurrent allocators, as for <see cref="CodeAllocator"/>) and returns the first serial of the block.
    /// </summary>
    public async Task<int> ReserveSerialsAsync(string kind, string divisionCode, int count, CancellationToken cancellationToken)
    {
        await ScalarAsync("INSERT INTO code_sequences (kind, division_code, last_value) VALUES (@kind, @division, 0) ON CONFLICT DO NOTHING",
            [("@kind", kind), ("@division", divisionCode)], cancellationToken);
        var last = await ScalarAsync("UPDATE code_sequences SET last_value = last_value + @count WHERE kind = @kind AND division_code = @division RETURNING last_value",
            [("@kind", kind), ("@division", divisionCode), ("@count", count)], cancellationToken);
        return Convert.ToInt32(last, CultureInfo.InvariantCulture) - count + 1;
    }

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
            default:
                throw new InvalidOperationException($"No COPY writer for {value.GetType().Name} values.");
        }
    }
}

/// <summary>
/// SQLite: the write transaction is BEGIN IMMEDIATE, so nobody else can take ids while it runs; rows go through
/// prepared multi-row INSERTs whose parameters EF's own type mappings create.
/// </summary>
internal sealed class SqliteBulkWriter(SealGuardDbContext db) : BulkWriter(db)
{
    /// <summary>
    /// Rows per INSERT. Microsoft.Data.Sqlite binds parameters by name and SQLite finds a name by a linear search, so
    /// very wide statements cost more than they save; a few rows per statement is the measured sweet spot.
    /// </summary>
    private const int RowsPerStatement = 4;

    /// <summary>
    /// A page cache big enough for a batch: with SQLite's default 2 MB a batch spills the same index pages into the WAL
    /// again and again (several page writes per row). The pooled connection gets its old size back afterwards.
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
        var offset = 0;
        if (rows.Count >= RowsPerStatement)
        {
            await using var full = CreateInsert(layout, RowsPerStatement);
            for (; offset + RowsPerStatement <= rows.Count; offset += RowsPerStatement)
            {
                Bind(full, layout, rows, offset, RowsPerStatement);
                await full.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        if (offset < rows.Count)
        {
            await using var rest = CreateInsert(layout, rows.Count - offset);
            Bind(rest, layout, rows, offset, rows.Count - offset);
            await rest.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static void Bind<T>(DbCommand command, TableLayout<T> layout, IReadOnlyList<T> rows, int offset, int count)
        where T : class
    {
        var columns = layout.Columns;
        var parameters = command.Parameters;
        for (var r = 0; r < count; r++)
        {
            var row = rows[offset + r];
            for (var c = 0; c < columns.Count; c++)
            {
                parameters[(r * columns.Count) + c].Value = columns[c].ProviderValue(row) ?? DBNull.Value;
            }
        }
    }

    private DbCommand CreateInsert<T>(TableLayout<T> layout, int rowCount)
        where T : class
    {
        var columns = layout.Columns;
        var command = Db.Database.GetDbConnection().CreateCommand();
        command.Transaction = Transaction;
        var sql = new StringBuilder("INSERT INTO ").Append(Quote(layout.Table)).Append(" (")
            .AppendJoin(", ", columns.Select(c => Quote(c.Name))).Append(") VALUES ");
        for (var r = 0; r < rowCount; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns.Count; c++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"@p{r}_{c}");
                sql.Append(c == 0 ? string.Empty : ", ").Append(name);
                command.Parameters.Add(columns[c].Mapping.CreateParameter(command, name, null, nullable: true));
            }

            sql.Append(')');
        }

        command.CommandText = sql.ToString();
        return command;
    }
}
