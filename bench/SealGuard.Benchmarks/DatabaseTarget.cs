using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace SealGuard.Benchmarks;

/// <summary>
/// The database's limit: the verification lookup as raw SQL straight through the ADO.NET provider, with the same query
/// shape as <c>VerifySealHandler</c> (seal by code and inscription joined to its shop and seal type name; EF's
/// <c>SingleOrDefault</c> reads up to two rows), one pooled connection per lookup as the app's DbContext does, with the app's connection defaults.
/// </summary>
public sealed class DatabaseTarget : IDisposable
{
    public const string VerificationSql = """
        SELECT s.type, t.name, s.text, sh.name, s.flow, s.life, s.delivered_at
        FROM seals AS s
        INNER JOIN shops AS sh ON s.shop_id = sh.id
        LEFT JOIN (SELECT c.code, c.name FROM code_table_entries AS c WHERE c."table" = 'SealType') AS t ON s.type = t.code
        WHERE s.seal_code = @code AND s.text = @name
        LIMIT 2
        """;

    private const string SampleSql = """
        SELECT s.seal_code, s.text
        FROM seals AS s
        ORDER BY random()
        LIMIT @count
        """;

    private readonly NpgsqlDataSource? _postgres;
    private readonly string? _sqlite;
    private readonly IReadOnlyList<SealSample> _samples;
    private long _notFound;

    private DatabaseTarget(NpgsqlDataSource? postgres, string? sqlite, IReadOnlyList<SealSample> samples)
    {
        _postgres = postgres;
        _sqlite = sqlite;
        _samples = samples;
    }

    public string Provider => _postgres is null ? "SQLite" : "PostgreSQL";

    public long NotFound => Interlocked.Read(ref _notFound);

    /// <summary>A PostgreSQL connection string (to a loopback server) or a SQLite file.</summary>
    public static DatabaseTarget Create(string? postgres, string? sqliteFile, int concurrency, IReadOnlyList<SealSample> samples)
    {
        if (postgres is not null)
        {
            // The app's defaults (SealGuardServices.WithPostgresDefaults): automatic preparation, no reset on close.
            var builder = new NpgsqlConnectionStringBuilder(postgres) { MaxPoolSize = Math.Max(concurrency, 10), MaxAutoPrepare = 100, AutoPrepareMinUsages = 2, NoResetOnClose = true };
            if (builder.Host is { } host && !host.Split(',').All(h => Loopback.IsLoopbackHost(h)))
            {
                throw new ArgumentException($"Refused: PostgreSQL host {host} is not loopback.", nameof(postgres));
            }

            return new DatabaseTarget(NpgsqlDataSource.Create(builder.ConnectionString), null, samples);
        }

        if (sqliteFile is not null)
        {
            if (!File.Exists(sqliteFile))
            {
                throw new FileNotFoundException("No SQLite database", sqliteFile);
            }

            var builder = new SqliteConnectionStringBuilder { DataSource = sqliteFile, Mode = SqliteOpenMode.ReadOnly, Pooling = true };
            return new DatabaseTarget(null, builder.ConnectionString, samples);
        }

        throw new ArgumentException("Give --postgres CONNECTION or --sqlite FILE.");
    }

    public async Task<bool> LookupAsync(long index, CancellationToken cancellationToken)
    {
        var sample = _samples[(int)(index % _samples.Count)];
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = VerificationSql;
        AddParameter(command, "code", sample.SealCode);
        AddParameter(command, "name", sample.OrgName);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            rows++;
            _ = reader.GetString(0);
            _ = reader.IsDBNull(1) ? null : reader.GetString(1);
            _ = reader.GetString(2);
            _ = reader.GetString(3);
            _ = reader.GetString(4);
            _ = reader.GetString(5);
            _ = reader.IsDBNull(6) ? null : reader.GetValue(6);
        }

        if (rows == 0)
        {
            Interlocked.Increment(ref _notFound);
        }

        return rows <= 1;
    }

    /// <summary>A random sample of seal code and organization name pairs.</summary>
    public async Task<IReadOnlyList<SealSample>> SampleAsync(int count, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = SampleSql;
        AddParameter(command, "count", count);
        var samples = new List<SealSample>(count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            samples.Add(new SealSample(reader.GetString(0), reader.GetString(1)));
        }

        return samples;
    }

    public void ResetCounters() => Interlocked.Exchange(ref _notFound, 0);

    public void Dispose() => _postgres?.Dispose();

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (_postgres is not null)
        {
            return await _postgres.OpenConnectionAsync(cancellationToken);
        }

        var connection = new SqliteConnection(_sqlite);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
