using Microsoft.EntityFrameworkCore;

namespace SealGuard.Web.Data;

/// <summary>
/// Registers the provider's context, pooled, as the one <see cref="SealGuardDbContext"/> handlers ask for; its
/// <see cref="SealGuardDbContext.Dialect"/> comes with it.
/// </summary>
public static class DatabaseRegistration
{
    public static IServiceCollection AddSealGuardSqlite(this IServiceCollection services, string connectionString)
    {
        services.AddDbContextPool<SqliteSealGuardDbContext>(o => o.UseSqlite(connectionString).UseSnakeCaseNamingConvention());
        return services.AddScoped<SealGuardDbContext>(sp => sp.GetRequiredService<SqliteSealGuardDbContext>());
    }

    public static IServiceCollection AddSealGuardPostgres(this IServiceCollection services, string connectionString)
    {
        services.AddDbContextPool<PostgresSealGuardDbContext>(o => o.UseNpgsql(connectionString).UseSnakeCaseNamingConvention());
        return services.AddScoped<SealGuardDbContext>(sp => sp.GetRequiredService<PostgresSealGuardDbContext>());
    }
}
