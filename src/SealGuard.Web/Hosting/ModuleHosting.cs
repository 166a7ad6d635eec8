using SealGuard.Web.Data;
using SealGuard.Web.Infrastructure.Http;

namespace SealGuard.Web.Hosting;

/// <summary>The web host's passes over the node's modules: their HTTP services, their start-up work, their API groups.</summary>
public static class ModuleHosting
{
    public static void AddModuleWebServices(this WebApplicationBuilder builder, SealGuardOptions options)
    {
        foreach (var module in NodeModules.Of(builder.Services).Active)
        {
            module.AddWebServices(builder, options);
        }
    }

    /// <summary>Migrations and reference data, then each module's start-up work (the demo city), before the first request.</summary>
    public static async Task StartModulesAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
        foreach (var module in app.Services.GetRequiredService<NodeModules>().Active)
        {
            await module.StartAsync(scope.ServiceProvider, CancellationToken.None);
        }
    }

    /// <summary>Every module's endpoints under <c>/api/v1</c>, where cookie-authenticated calls need the antiforgery token.</summary>
    public static void MapModuleApis(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1").RequireCookieAntiforgery();
        foreach (var module in app.Services.GetRequiredService<NodeModules>().Active)
        {
            module.MapApi(api);
        }
    }
}
