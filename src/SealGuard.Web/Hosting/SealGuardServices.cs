using System.Reflection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.CodeTables;
using SealGuard.Web.Features.Demo;
using SealGuard.Web.Features.Filings;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.PersonalData;
using SealGuard.Web.Infrastructure.Blobs;
using SealGuard.Web.Infrastructure.Imaging;

namespace SealGuard.Web.Hosting;

/// <summary>
/// Everything but HTTP: configuration, the database of the configured provider, the unit of work, audit, personal
/// data protection, blobs and the feature handlers. The web host and the <c>sealguard</c> CLI both start from here.
/// </summary>
public static class SealGuardServices
{
    public static SealGuardOptions AddSealGuardCore(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(SealGuardOptions.Section).Get<SealGuardOptions>() ?? new SealGuardOptions();
        if (options.Demo && builder.Environment.IsProduction())
        {
            throw new InvalidOperationException("SealGuard:Demo must not be enabled in the Production environment.");
        }

        if (!string.Equals(options.Role, "all", StringComparison.OrdinalIgnoreCase))
        {
            // The split deployment (shop zone / police zone with the gatekeeper ferry) is not built yet: say so rather than half-run.
            throw new InvalidOperationException($"SealGuard:Role '{options.Role}' is not supported yet; use 'all'.");
        }

        var services = builder.Services;
        services.Configure<SealGuardOptions>(builder.Configuration.GetSection(SealGuardOptions.Section));
        Directory.CreateDirectory(options.FullDataDirectory);
        services.AddSealGuardDatabase(options, builder.Configuration.GetConnectionString("Default"));

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new PersonalDataProtector(KeyMaterial.Resolve(options.Keys.PersonalData, "personal-data", options, builder.Environment.IsProduction())));
        services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        services.AddSingleton<IBlobStore>(new FileSystemBlobStore(Path.Combine(options.FullDataDirectory, "blobs")));
        services.AddSingleton<ImageInspector>();
        services.AddScoped<UnitOfWork>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<AuditVerifier>();
        services.AddScoped<CodeAllocator>();
        services.AddScoped<CodeTableService>();
        services.AddScoped<SealLoader>();
        services.AddScoped<ImageUploads>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<DatabaseInitializer>();

        // Feature handlers are plain classes called directly by endpoints, pages and the CLI (no mediator).
        foreach (var handler in Assembly.GetExecutingAssembly().GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && t.Name.EndsWith("Handler", StringComparison.Ordinal) && t.Namespace?.Contains(".Features.", StringComparison.Ordinal) == true))
        {
            services.AddScoped(handler);
        }

        return options;
    }

    private static void AddSealGuardDatabase(this IServiceCollection services, SealGuardOptions options, string? connectionString)
    {
        switch (options.Database.Provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = connectionString ?? $"Data Source={Path.Combine(options.FullDataDirectory, "sealguard.db")}";
                services.AddDbContext<SqliteSealGuardDbContext>(o => o.UseSqlite(sqlite).UseSnakeCaseNamingConvention());
                services.AddScoped<SealGuardDbContext>(sp => sp.GetRequiredService<SqliteSealGuardDbContext>());
                break;
            case DatabaseProvider.Postgres:
                var postgres = connectionString ?? throw new InvalidOperationException("ConnectionStrings:Default is required for the Postgres provider.");
                services.AddDbContext<PostgresSealGuardDbContext>(o => o.UseNpgsql(postgres).UseSnakeCaseNamingConvention());
                services.AddScoped<SealGuardDbContext>(sp => sp.GetRequiredService<PostgresSealGuardDbContext>());
                break;
            default:
                throw new InvalidOperationException($"Unknown SealGuard:Database:Provider '{options.Database.Provider}'.");
        }
    }
}
