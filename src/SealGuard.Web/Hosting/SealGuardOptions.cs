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
    public BlobOptions Blobs { get; set; } = new();
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

    /// <summary>Largest memory one image's decoded pixels may take, checked from the header before decoding.</summary>
    public long MaxDecodeBytes { get; set; } = Infrastructure.Imaging.ImageLimits.DefaultMaxDecodeBytes;

    /// <summary>Images decoded at once across all uploads; with <see cref="MaxDecodeBytes"/> it bounds the memory uploads can take.</summary>
    public int MaxConcurrentDecodes { get; set; } = 2;

    /// <summary>How long an upload waits for a decode slot before it is answered 503 <c>Upload.Busy</c>.</summary>
    public int DecodeWaitSeconds { get; set; } = 10;
}

public sealed class BlobOptions
{
    /// <summary><c>FileSystem</c> (default: <c>{DataDirectory}/blobs</c>) or <c>S3</c> (an S3-compatible object store, see <see cref="S3"/>).</summary>
    public BlobProvider Provider { get; set; } = BlobProvider.FileSystem;

    public S3BlobOptions S3 { get; set; } = new();
}

public enum BlobProvider
{
    FileSystem = 1,
    S3 = 2,
}

/// <summary>The object store for <see cref="BlobProvider.S3"/>. Nothing else is contacted: no AWS endpoint unless it is the service URL.</summary>
public sealed class S3BlobOptions
{
    /// <summary>Base URL of the S3-compatible server, e.g. <c>http://minio.internal:9000</c>; required. Path-style addressing is used.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>The bucket, which must exist; required.</summary>
    public string? Bucket { get; set; }

    /// <summary>Optional key prefix such as <c>sealguard/blobs</c>; objects are <c>{Prefix}/ab/cd/&lt;sha256&gt;</c>.</summary>
    public string? Prefix { get; set; }

    /// <summary>Access key id; required.</summary>
    public string? AccessKey { get; set; }

    /// <summary>Secret access key; required.</summary>
    public string? SecretKey { get; set; }

    /// <summary>The region requests are signed for; most S3-compatible servers accept the default.</summary>
    public string Region { get; set; } = "us-east-1";
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
