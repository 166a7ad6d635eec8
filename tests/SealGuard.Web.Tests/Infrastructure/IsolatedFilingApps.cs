using System.Collections.Concurrent;
using System.Globalization;

namespace SealGuard.Web.Tests.Infrastructure;

/// <summary>
/// One app per provider, on real Kestrel with uploads capped at <see cref="MaxUploadBytes"/> and the demo shops and
/// logins but no demo filings, that only the tests of <see cref="IsolatedFilingGroup"/> use,
/// one at a time: they count rows and read code serials, which tests writing to a shared app would disturb.
/// </summary>
public sealed class IsolatedFilingApps : IAsyncDisposable
{
    public const int MaxUploadBytes = 50_000;

    private readonly ConcurrentDictionary<string, Lazy<Task<SealGuardApp>>> _apps = new();

    public Task<SealGuardApp> GetAsync(string provider)
    {
        TestDatabase.SkipIfUnavailable(provider);
        return _apps.GetOrAdd(provider, p => new Lazy<Task<SealGuardApp>>(() => SealGuardApp.StartAsync(p, Configure, kestrel: true))).Value;
    }

    private static void Configure(Dictionary<string, string?> settings)
    {
        settings["SealGuard:DemoOrganizations"] = "0";
        settings["SealGuard:Uploads:MaxBytes"] = MaxUploadBytes.ToString(CultureInfo.InvariantCulture);
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
