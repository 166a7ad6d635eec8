using System.Collections.Concurrent;

[assembly: AssemblyFixture(typeof(SealGuard.Web.Tests.Infrastructure.SharedApps))]

namespace SealGuard.Web.Tests.Infrastructure;

/// <summary>
/// One app per provider shared by the tests that only add their own data (each uses fresh synthetic organizations),
/// so migrations and demo seeding run once per provider, not once per test.
/// </summary>
public sealed class SharedApps : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<SealGuardApp>>> _apps = new();

    public Task<SealGuardApp> GetAsync(string provider)
    {
        TestDatabase.SkipIfUnavailable(provider);
        return _apps.GetOrAdd(provider, p => new Lazy<Task<SealGuardApp>>(() => SealGuardApp.StartAsync(p))).Value;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _apps.Values.Where(a => a.IsValueCreated))
        {
            await (await app.Value).DisposeAsync();
        }
    }
}
