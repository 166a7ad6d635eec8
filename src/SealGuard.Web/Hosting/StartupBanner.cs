using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using SealGuard.Web.Infrastructure.Http;
using SealGuard.Web.Seeding.Demo;

namespace SealGuard.Web.Hosting;

/// <summary>What an operator sees once the host listens: its addresses, the API docs, and the demo logins when demo data is on.</summary>
public static class StartupBanner
{
    public static void PrintStartupBanner(this WebApplication app, SealGuardOptions options) => app.Lifetime.ApplicationStarted.Register(() =>
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var apiDocs = app.Services.GetRequiredService<WebHardeningSettings>().ApiDocs;
        foreach (var address in addresses)
        {
            Console.WriteLine($"SealGuard is running at {address}" + (apiDocs ? $"  (API docs: {address}/scalar)" : ""));
        }

        Console.WriteLine($"Data directory: {options.FullDataDirectory}");
        if (options.Demo)
        {
            Console.WriteLine($"Demo logins (password {DemoSeeder.DemoPassword}):");
            foreach (var (userName, role, scope) in DemoSeeder.Logins)
            {
                Console.WriteLine($"  {userName,-16} {role,-14} {scope}");
            }
        }
    });
}
