using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SealGuard.Web.Data;

/// <summary>
/// Lets <c>dotnet ef</c> build each provider's context without starting the app. Add a migration to both:
/// <c>dotnet ef migrations add Name --project src/SealGuard.Web --context SqliteSealGuardDbContext --output-dir Data/Migrations/Sqlite</c>
/// and the same with <c>PostgresSealGuardDbContext</c> and <c>Data/Migrations/Postgres</c>.
/// </summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSealGuardDbContext>
{
    public SqliteSealGuardDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteSealGuardDbContext>().UseSqlite("Data Source=design-time.db").UseSnakeCaseNamingConvention().Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresSealGuardDbContext>
{
    public PostgresSealGuardDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresSealGuardDbContext>().UseNpgsql("Host=localhost;Database=sealguard_design").UseSnakeCaseNamingConvention().Options);
}
