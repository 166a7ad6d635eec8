using System.Data.Common;
using System.Diagnostics.Metrics;
using Amazon.S3;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SealGuard.Core.Divisions;
using SealGuard.Web.Data;
using SealGuard.Web.Infrastructure.Blobs;
using SealGuard.Web.Infrastructure.Imaging;

namespace SealGuard.Web.Hosting;

/// <summary>
/// Everything but HTTP: configuration, the database of the configured provider, the shared infrastructure and the
/// services of each feature module of the node's role. The web host and the <c>sealguard</c> CLI both start from here.
/// </summary>
public static class SealGuardServices
{
    /// <summary>Adds the core services and those of the modules of the configured node role.</summary>
    /// <param name="builder">The web host's or the CLI's builder.</param>
    /// <param name="modules">The module table, <see cref="FeatureModules.All"/> unless a test leaves one out.</param>
    public static SealGuardOptions AddSealGuardCore(this IHostApplicationBuilder builder, IReadOnlyList<IFeatureModule>? modules = null)
    {
        var options = BindOptions(builder.Configuration);
        if (options.Demo && builder.Environment.IsProduction())
        {
            throw new SealGuardConfigurationException("SealGuard:Demo must not be enabled in the Production environment.");
        }

        var role = NodeRoles.Parse(options.Role);
        ValidateBlobOptions(options.Blobs);
        if (!Jurisdiction.TryCreate(options.Jurisdiction, DivisionCatalog.Default, out var jurisdiction, out var problem))
        {
            throw new SealGuardConfigurationException($"SealGuard:Jurisdiction {problem}.");
        }

        var services = builder.Services;
        services.Configure<SealGuardOptions>(builder.Configuration.GetSection(SealGuardOptions.Section));
        Directory.CreateDirectory(options.FullDataDirectory);
        services.AddSealGuardDatabase(options, builder.Configuration.GetConnectionString("Default"));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(jurisdiction!);
        services.AddSharedInfrastructure(options);

        var nodeModules = new NodeModules((modules ?? FeatureModules.All).Where(m => m.RunsOn(role)).ToList());
        services.AddSingleton(nodeModules);
        foreach (var module in nodeModules.Active)
        {
            module.AddServices(builder, options);
        }

        return options;
    }

    /// <summary>
    /// What every feature builds on: the unit of work, locks and code allocation, blobs, image checks. Cross-cutting
    /// services of other seams (pipeline participants, jobs, the database dialect) add their one line here.
    /// </summary>
    private static void AddSharedInfrastructure(this IServiceCollection services, SealGuardOptions options)
    {
        services.AddSealGuardBlobs(options);
        services.AddSingleton<ImageInspector>();
        services.AddMetrics();
        services.AddSingleton(sp => new ImageWorkLimiter(options.Uploads.MaxConcurrentDecodes, TimeSpan.FromSeconds(options.Uploads.DecodeWaitSeconds), sp.GetRequiredService<IMeterFactory>()));
        services.AddScoped<ImageUploads>();
        services.AddScoped<UnitOfWork>();
        services.AddScoped<IChangeParticipant, VersionStampParticipant>();
        services.AddScoped<CodeAllocator>();
        services.AddScoped<RowLocks>();
        services.AddScoped<DatabaseInitializer>();
    }

    private static SealGuardOptions BindOptions(IConfiguration configuration)
    {
        try
        {
            return configuration.GetSection(SealGuardOptions.Section).Get<SealGuardOptions>() ?? new SealGuardOptions();
        }
        catch (InvalidOperationException e)
        {
            // The binder names the key and the value it could not convert (e.g. an unknown provider).
            throw new SealGuardConfigurationException(e.Message);
        }
    }

    private static void AddSealGuardBlobs(this IServiceCollection services, SealGuardOptions options)
    {
        services.AddScoped<UnreferencedBlobs>();
        switch (options.Blobs.Provider)
        {
            case BlobProvider.FileSystem:
                services.AddSingleton<IBlobStore>(new FileSystemBlobStore(Path.Combine(options.FullDataDirectory, "blobs")));
                break;
            case BlobProvider.S3:
                // Created on first use, and the client makes no call until a blob is read or written.
                var s3 = options.Blobs.S3;
                services.AddSingleton<IAmazonS3>(_ => S3BlobStore.CreateClient(s3));
                services.AddSingleton<IBlobStore>(sp => new S3BlobStore(sp.GetRequiredService<IAmazonS3>(), s3.Bucket!, s3.Prefix));
                break;
            default:
                throw new SealGuardConfigurationException($"Unknown SealGuard:Blobs:Provider '{options.Blobs.Provider}'.");
        }
    }

    /// <summary>Refuses an S3 configuration that could not work, naming every missing or malformed key at once.</summary>
    private static void ValidateBlobOptions(BlobOptions blobs)
    {
        if (blobs.Provider != BlobProvider.S3)
        {
            return;
        }

        var s3 = blobs.S3;
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(s3.ServiceUrl))
        {
            problems.Add("SealGuard:Blobs:S3:ServiceUrl is required (e.g. http://minio.internal:9000)");
        }
        else if (!Uri.TryCreate(s3.ServiceUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            problems.Add($"SealGuard:Blobs:S3:ServiceUrl '{s3.ServiceUrl}' is not an absolute http(s) URL");
        }

        if (string.IsNullOrWhiteSpace(s3.Bucket))
        {
            problems.Add("SealGuard:Blobs:S3:Bucket is required");
        }
        else if (s3.Bucket.Any(c => c == '/' || char.IsWhiteSpace(c)))
        {
            problems.Add($"SealGuard:Blobs:S3:Bucket '{s3.Bucket}' must be a bare bucket name (put key prefixes in SealGuard:Blobs:S3:Prefix)");
        }

        if (string.IsNullOrWhiteSpace(s3.AccessKey))
        {
            problems.Add("SealGuard:Blobs:S3:AccessKey is required");
        }

        if (string.IsNullOrWhiteSpace(s3.SecretKey))
        {
            problems.Add("SealGuard:Blobs:S3:SecretKey is required");
        }

        if (string.IsNullOrWhiteSpace(s3.Region))
        {
            problems.Add("SealGuard:Blobs:S3:Region must not be empty");
        }

        if (problems.Count > 0)
        {
            throw new SealGuardConfigurationException($"SealGuard:Blobs:Provider is S3, but: {string.Join("; ", problems)}.");
        }
    }

    /// <summary>
    /// Settings the connection string leaves out get SealGuard's defaults: statements used twice on a connection are
    /// prepared (the public lookups spend more time being planned than run), and a connection going back to the pool is
    /// not reset (SealGuard changes no session state; a reset would cost a round trip on the next use).
    /// </summary>
    public static string WithPostgresDefaults(string connectionString)
    {
        // NpgsqlConnectionStringBuilder.ContainsKey answers for every known keyword; what was given is in the plain builder.
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(k => k.Replace(" ", "", StringComparison.Ordinal)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.Contains(nameof(NpgsqlConnectionStringBuilder.MaxAutoPrepare)))
        {
            builder.MaxAutoPrepare = 100;
            builder.AutoPrepareMinUsages = 2;
        }

        if (!given.Contains(nameof(NpgsqlConnectionStringBuilder.NoResetOnClose)))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    private static void AddSealGuardDatabase(this IServiceCollection services, SealGuardOptions options, string? connectionString)
    {
        switch (options.Database.Provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = connectionString ?? $"Data Source={Path.Combine(options.FullDataDirectory, "sealguard.db")}";
                services.AddSealGuardSqlite(sqlite);
                break;
            case DatabaseProvider.Postgres:
                var postgres = WithPostgresDefaults(connectionString ?? throw new SealGuardConfigurationException("ConnectionStrings:Default is required for the Postgres provider."));
                services.AddSealGuardPostgres(postgres);
                break;
            default:
                throw new SealGuardConfigurationException($"Unknown SealGuard:Database:Provider '{options.Database.Provider}'.");
        }
    }
}
