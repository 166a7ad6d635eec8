namespace SealGuard.Web.Hosting;

/// <summary>The <c>SealGuard</c> configuration section. Every key is listed in the README.</summary>
public sealed class SealGuardOptions
{
    public const string Section = "SealGuard";

    /// <summary>Where the SQLite file, blobs and generated development keys live.</summary>
    public string DataDirectory { get; set; } = "./data";

    /// <summary>Seed the synthetic demo city. Refused in the Production environment.</summary>
    public bool Demo { get; set; }

    /// <summary>Number of synthetic organizations the demo seeds.</summary>
    public int DemoOrganizations { get; set; } = 240;

    /// <summary><c>all</c> (default), later <c>shop</c> or <c>police</c> for the split deployment.</summary>
    public string Role { get; set; } = "all";

    public DatabaseOptions Database { get; set; } = new();
    public RateLimitingOptions RateLimiting { get; set; } = new();
    public UploadOptions Uploads { get; set; } = new();
    public KeyOptions Keys { get; set; } = new();
    public AuthOptions Auth { get; set; } = new();
    public BenchmarkOptions Benchmarks { get; set; } = new();

    public string FullDataDirectory => Path.GetFullPath(DataDirectory);
}

public sealed class DatabaseOptions
{
    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c>; the connection string is <c>ConnectionStrings:Default</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}

public enum DatabaseProvider
{
    Sqlite = 1,
    Postgres = 2,
}

public sealed class RateLimitingOptions
{
    /// <summary>Public verification requests per client address per minute; 0 switches the limit off.</summary>
    public int PublicPerMinute { get; set; } = 60;
}

public sealed class UploadOptions
{
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;
    public long MaxPixels { get; set; } = 40_000_000;
}

public sealed class KeyOptions
{
    /// <summary>Base64 32-byte key protecting ID numbers (encryption and blind index). Generated into the data directory outside Production.</summary>
    public string? PersonalData { get; set; }

    /// <summary>Base64 key (at least 32 bytes) signing API access tokens. Generated into the data directory outside Production.</summary>
    public string? TokenSigning { get; set; }
}

public sealed class AuthOptions
{
    public int TokenLifetimeMinutes { get; set; } = 480;
    public int MaxFailedLogins { get; set; } = 5;
    public int LockoutMinutes { get; set; } = 15;
}

public sealed class BenchmarkOptions
{
    /// <summary>Maps <c>GET /bench/constant</c>, the HTTP stack's baseline for the benchmarks. Off by default.</summary>
    public bool Enabled { get; set; }
}
