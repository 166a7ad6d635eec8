using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Demo;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Hosting;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Filings;

/// <summary>
/// The app on real Kestrel (the in-memory test server enforces no request body limits), with uploads capped at
/// <see cref="IsolatedFilingApps.MaxUploadBytes"/> and the demo shops and logins but no demo filings.
/// </summary>
public sealed class KestrelSealGuardApp : WebApplicationFactory<SealGuardOptions>
{
    private readonly Dictionary<string, string?> _settings;

    private KestrelSealGuardApp(string provider, Dictionary<string, string?> settings)
    {
        Provider = provider;
        _settings = settings;
    }

    public string Provider { get; }

    public static async Task<KestrelSealGuardApp> StartAsync(string provider, int maxUploadBytes)
    {
        TestDatabase.SkipIfUnavailable(provider);
        var settings = new Dictionary<string, string?>
        {
            ["SealGuard:DataDirectory"] = Path.Combine(Path.GetTempPath(), "sealguard-tests", Guid.NewGuid().ToString("N")),
            ["SealGuard:Database:Provider"] = provider,
            ["SealGuard:Demo"] = "true",
            ["SealGuard:DemoOrganizations"] = "0",
            ["SealGuard:RateLimiting:PublicPerMinute"] = "0",
            ["SealGuard:Uploads:MaxBytes"] = maxUploadBytes.ToString(CultureInfo.InvariantCulture),
        };
        if (provider == TestDatabase.Postgres)
        {
            settings["ConnectionStrings:Default"] = await TestDatabase.CreatePostgresDatabaseAsync();
        }

        var app = new KestrelSealGuardApp(provider, settings);
        app.UseKestrel(0);
        app.StartServer();
        return app;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public async Task<HttpClient> LoginAsync(string userName)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new TokenRequest(userName, DemoSeeder.DemoPassword));
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    public async Task<T> WithDbAsync<T>(Func<SealGuardDbContext, Task<T>> query)
    {
        using var scope = Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<SealGuardDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Provider == TestDatabase.Postgres && _settings.TryGetValue("ConnectionStrings:Default", out var connection) && connection is not null)
        {
            await TestDatabase.DropPostgresDatabaseAsync(connection);
        }

        try
        {
            Directory.Delete(_settings["SealGuard:DataDirectory"]!, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file briefly; temp space is cleaned by the OS.
        }
    }
}

/// <summary>
/// One <see cref="KestrelSealGuardApp"/> per provider that only the tests of <see cref="IsolatedFilingGroup"/> use,
/// one at a time: they count rows and read code serials, which tests writing to a shared app would disturb.
/// </summary>
public sealed class IsolatedFilingApps : IAsyncDisposable
{
    public const int MaxUploadBytes = 50_000;

    private readonly ConcurrentDictionary<string, Lazy<Task<KestrelSealGuardApp>>> _apps = new();

    public Task<KestrelSealGuardApp> GetAsync(string provider)
    {
        TestDatabase.SkipIfUnavailable(provider);
        return _apps.GetOrAdd(provider, p => new Lazy<Task<KestrelSealGuardApp>>(() => KestrelSealGuardApp.StartAsync(p, MaxUploadBytes))).Value;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _apps.Values.Where(a => a.IsValueCreated))
        {
            await (await app.Value).DisposeAsync();
        }
    }
}

/// <summary>The test classes that share <see cref="IsolatedFilingApps"/>; they run one after another.</summary>
[CollectionDefinition(nameof(IsolatedFilingGroup))]
public sealed class IsolatedFilingGroup : ICollectionFixture<IsolatedFilingApps>;
