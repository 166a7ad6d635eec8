using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace SealGuard.Web.Data;

/// <summary>
/// Which failed saves are a race with another writer (answered 409, nothing written): a concurrency token that no
/// longer matches, or a unique key that a parallel writer took first. Anything else (a foreign key, a null, a value
/// too long) is a bug and stays a server error.
/// </summary>
public static class DbConflicts
{
    // SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY.
    private const int SqliteUnique = 2067;
    private const int SqlitePrimaryKey = 1555;

    public static bool IsConflict(DbUpdateException exception) =>
        exception is DbUpdateConcurrencyException || exception.InnerException switch
        {
            PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
            SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteUnique or SqlitePrimaryKey,
            _ => false,
        };
}
