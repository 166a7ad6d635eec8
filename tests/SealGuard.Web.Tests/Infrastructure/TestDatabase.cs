using Npgsql;

namespace SealGuard.Web.Tests.Infrastructure;

/// <summary>
/// The two database providers every integration test runs on. PostgreSQL comes from the server the test script
/// starts (SEALGUARD_TEST_POSTGRES); each app gets a database of its own, dropped afterwards.
/// </summary>
public static class TestDatabase
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";
    public const string PostgresVariable = "SEALGUARD_TEST_POSTGRES";

    public static TheoryData<string> Providers => new(Sqlite, Postgres);

    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable);

    /// <summary>Skips the running test when the provider is not available here (PostgreSQL outside the test script).</summary>
    public static void SkipIfUnavailable(string provider)
    {
        if (provider == Postgres && string.IsNullOrWhiteSpace(PostgresServer))
        {
            Assert.Skip($"PostgreSQL is not configured ({PostgresVariable}); run the tests through scripts/test.sh.");
        }
    }

    public static async Task<string> CreatePostgresDatabaseAsync()
    {
        var name = "sg_test_" + Guid.NewGuid().ToString("N")[..16];
        await using var connection = new NpgsqlConnection(PostgresServer);
        await connection.OpenAsync();
        await using (var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection))
        {
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name }.ConnectionString;
    }

    public static async Task DropPostgresDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(PostgresServer);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
