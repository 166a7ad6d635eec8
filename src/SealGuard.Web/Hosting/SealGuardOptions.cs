namespace SealGuard.Web.Hosting;

/// <summary>The <c>SealGuard</c> configuration section. Every key is listed in the README.</summary>
public sealed class SealGuardOptions
{
    public const string Section = "SealGuard";

    /// <summary>
    /// Where the SQLite file, blobs and generated development keys live; a relative path is relative to the working
    /// directory. Unset: see <see cref="DefaultDataDirectory"/>.
    /// </summary>
    public string? DataDirectory { get; set; }

    /// <summary>Seed the synthetic demo city. Refused in the Production environment.</summary>
    public bool Demo { get; set; }

    /// <summary>Number of synthetic organizations the demo seeds.</summary>
    public int DemoOrganizations { get; set; } = 240;

    /// <summary>
    /// The division prefix this installation serves (2, 4 or 6 digits; default <c>4107</c>, 新乡市): seals are filed and codes
    /// allocated only for county-level divisions inside it, and a user whose jurisdiction covers it is city-wide. Checked at
    /// start-up.
    /// </summary>
    public string Jurisdiction { get; set; } = "4107";

    /// <summary><c>all</c> (default), later <c>shop</c> or <c>police</c> for the split deployment.</summary>
    public string Role { get; set; } = "all";

    /// <summary>
    /// The absolute http(s) address the public reaches the app at (receipt QR codes, absolute links). Required in
    /// Production; elsewhere the first listening address. Never taken from the request's Host header.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    public DatabaseOptions Database { get; set; } = new();
    public RateLimitingOptions RateLimiting { get; set; } = new();
    public UploadOptions Uploads { get; set; } = new();
    public InspectionOptions Inspections { get; set; } = new();
    public BlobOptions Blobs { get; set; } = new();
    public KeyOptions Keys { get; set; } = new();
    public AuthOptions Auth { get; set; } = new();
    public AuditOptions Audit { get; set; } = new();
    public BenchmarkOptions Benchmarks { get; set; } = new();
    public ApiDocsOptions ApiDocs { get; set; } = new();
    public ForwardedHeadersSettings ForwardedHeaders { get; set; } = new();

    public string FullDataDirectory => Path.GetFullPath(DataDirectory ?? DefaultDataDirectory(AppContext.BaseDirectory));

    /// <summary>
    /// The data directory when none is configured: <c>data/</c> at the root of the source checkout the binaries were
    /// built in (the nearest folder above <paramref name="baseDirectory"/> holding <c>SealGuard.slnx</c>), so the web
    /// app and the CLI use the same one whichever project and folder they are run from; <c>./data</c> under the working
    /// directory for a published app.
    /// </summary>
    public static string DefaultDataDirectory(string baseDirectory)
    {
        for (var directory = new DirectoryInfo(baseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SealGuard.slnx")))
            {
                return Path.Combine(directory.FullName, "data");
            }
        }

        return Path.GetFullPath("data");
    }
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

    /// <summary>Sign-in attempts (API token and login page) per client address per minute; 0 switches the limit off.</summary>
    public int SignInPerMinute { get; set; } = 20;
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

public sealed class InspectionOptions
{
    /// <summary>Calendar days a shop is given to rectify failed items, counted from the inspection's China date.</summary>
    public int RectificationDays { get; set; } = 15;
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

    /// <summary>Base64 key (at least 32 bytes) for the audit log's HMAC chain and its checkpoints. Generated into the data directory outside Production.</summary>
    public string? AuditChain { get; set; }
}

public sealed class AuthOptions
{
    public int TokenLifetimeMinutes { get; set; } = 480;
    public int MaxFailedLogins { get; set; } = 5;
    public int LockoutMinutes { get; set; } = 15;
}

public sealed class AuditOptions
{
    /// <summary>Minutes between signed checkpoints of the audit chain (written when new entries exist); 0 switches the periodic ones off.</summary>
    public int CheckpointMinutes { get; set; } = 5;

    /// <summary>Where the checkpoints go (default <c>{DataDirectory}/audit-anchors</c>); best on storage the database administrators cannot write.</summary>
    public string? AnchorDirectory { get; set; }
}

public sealed class ApiDocsOptions
{
    /// <summary>Serves /openapi/v1.json and /scalar. Unset: on outside Production, off in Production.</summary>
    public bool? Enabled { get; set; }
}

public sealed class ForwardedHeadersSettings
{
    /// <summary>Addresses of the reverse proxies whose X-Forwarded-For/-Proto are believed; empty: none is.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks (CIDR, e.g. <c>10.8.0.0/24</c>) of such proxies, for a proxy pool; empty: none.</summary>
    public string[] KnownNetworks { get; set; } = [];
}

public sealed class BenchmarkOptions
{
    /// <summary>Maps <c>GET /bench/constant</c>, the HTTP stack's baseline for the benchmarks. Off by default.</summary>
    public bool Enabled { get; set; }
}
