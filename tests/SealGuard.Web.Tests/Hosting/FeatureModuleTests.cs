using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SealGuard.Web.Features.Intake;
using SealGuard.Web.Hosting;
using SealGuard.Web.Infrastructure.Http;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Hosting;

/// <summary>
/// The module table (Hosting/FeatureModules.cs) is the host's only list of features: every feature folder has its
/// module, every handler is registered by one, each module says its node roles, and a module that does not run on a
/// node leaves no route there.
/// </summary>
public sealed class FeatureModuleTests : IDisposable
{
    private static readonly System.Reflection.Assembly WebAssembly = typeof(SealGuardOptions).Assembly;

    private readonly string _dataDirectory = TestDirectories.New();

    public void Dispose()
    {
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    [Fact]
    public void Every_feature_folder_has_exactly_one_module_in_the_table()
    {
        var features = WebAssembly.GetTypes().Select(t => t.Namespace)
            .Where(n => n?.StartsWith("SealGuard.Web.Features.", StringComparison.Ordinal) == true)
            .Select(n => n!.Split('.')[3]).Distinct().Order(StringComparer.Ordinal).ToList();

        foreach (var feature in features)
        {
            FeatureModules.All.Count(m => m.GetType().Namespace == $"SealGuard.Web.Features.{feature}").ShouldBe(1, feature);
            FeatureModules.All.ShouldContain(m => m.GetType().Name == feature + "Module", feature);
        }

        // No module is written but left out of the table.
        var written = WebAssembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IFeatureModule).IsAssignableFrom(t)).ToList();
        FeatureModules.All.Select(m => m.GetType()).ShouldBe(written, ignoreOrder: true);
    }

    [Fact]
    public void The_module_table_says_the_node_roles_of_each_feature()
    {
        var roles = FeatureModules.All.ToDictionary(m => m.GetType().Name, m => m.Roles);

        // A change here moves a feature between the shop zone and the police zone (architecture.md, "Zones"): on purpose only.
        roles.ShouldBe(new Dictionary<string, NodeRole>
        {
            ["PersonalDataModule"] = NodeRole.All,
            ["AuditModule"] = NodeRole.All,
            ["IdentityModule"] = NodeRole.All,
            ["DivisionsModule"] = NodeRole.All,
            ["CodeTablesModule"] = NodeRole.All,
            ["CodesModule"] = NodeRole.Shop,
            ["OrganizationsModule"] = NodeRole.All,
            ["ShopsModule"] = NodeRole.All,
            ["IntakeModule"] = NodeRole.Shop,
            ["SealsModule"] = NodeRole.All,
            ["VerificationModule"] = NodeRole.Shop,
            ["ValidationModule"] = NodeRole.All,
            ["ReportsModule"] = NodeRole.Police,
            ["ReviewsModule"] = NodeRole.All,
            ["WatchListModule"] = NodeRole.Police,
            ["SuspiciousReportsModule"] = NodeRole.All,
            ["NoticesModule"] = NodeRole.All,
            ["AlertsModule"] = NodeRole.All,
            ["InspectionsModule"] = NodeRole.All,
            ["SeedingModule"] = NodeRole.All,
        }, ignoreOrder: true);
        FeatureModules.All.Where(m => m.RunsOn(NodeRole.Shop)).ShouldNotContain(m => m.Roles == NodeRole.Police);
        FeatureModules.All.Where(m => m.RunsOn(NodeRole.Police)).Select(m => m.GetType().Name).ShouldNotContain("IntakeModule");
        FeatureModules.All.ShouldAllBe(m => m.RunsOn(NodeRole.All));
    }

    [Fact]
    public void Every_public_handler_resolves_from_the_services_the_modules_register()
    {
        var handlers = WebAssembly.GetTypes()
            .Where(t => t is { IsPublic: true, IsClass: true, IsAbstract: false } && t.Name.EndsWith("Handler", StringComparison.Ordinal))
            .ToList();
        handlers.Count.ShouldBeGreaterThan(30);

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Development, DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["SealGuard:DataDirectory"] = _dataDirectory });
        builder.AddSealGuardCore();
        using var services = builder.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        using var scope = services.CreateScope();

        handlers.Where(h => scope.ServiceProvider.GetService(h) is null).ShouldBeEmpty();
    }

    [Fact]
    public void The_routes_and_pages_of_a_module_left_out_are_not_mapped()
    {
        using var all = BuildWebApp(FeatureModules.All);
        using var withoutIntake = BuildWebApp(FeatureModules.All.Where(m => m is not IntakeModule).ToList());

        Routes(all).ShouldContain("api/v1/filings/");
        Routes(all).ShouldContain("Shop/Intake/Index");
        Routes(withoutIntake).ShouldNotContain(r => IsIntakeRoute(r));
        // Everything else is still there, the police review of filings (Reviews) among it.
        Routes(withoutIntake).ShouldContain("api/v1/filings/reviews");
        Routes(withoutIntake).ShouldBe(Routes(all).Where(r => !IsIntakeRoute(r)), ignoreOrder: true);
    }

    /// <summary>Intake's routes: the filings API but for the review of filings (its own module), and the wizard.</summary>
    private static bool IsIntakeRoute(string route) =>
        route.StartsWith("api/v1/filings", StringComparison.Ordinal) && !route.Contains("review", StringComparison.Ordinal) && !route.EndsWith("/resubmission", StringComparison.Ordinal)
        || route.StartsWith("Shop/Intake", StringComparison.Ordinal);

    [Fact]
    public void Every_page_belongs_to_exactly_one_module()
    {
        using var app = BuildWebApp(FeatureModules.All);
        var pages = app.Services.GetRequiredService<Microsoft.AspNetCore.Mvc.Infrastructure.IActionDescriptorCollectionProvider>()
            .ActionDescriptors.Items.OfType<Microsoft.AspNetCore.Mvc.RazorPages.CompiledPageActionDescriptor>()
            .Select(p => (p.AreaName, p.ViewEnginePath)).Distinct().ToList();
        pages.Count.ShouldBeGreaterThan(20);

        foreach (var (area, path) in pages)
        {
            FeatureModules.All.Count(m => m.Pages.Any(f => f.Contains(area, path))).ShouldBe(1, $"{area}{path}");
        }
    }

    /// <summary>The web host's service and mapping steps (as in Program.cs) over <paramref name="modules"/>, built but not started.</summary>
    private WebApplication BuildWebApp(IReadOnlyList<IFeatureModule> modules)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ApplicationName = WebAssembly.GetName().Name, EnvironmentName = Environments.Development });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["SealGuard:DataDirectory"] = _dataDirectory });
        var options = builder.AddSealGuardCore(modules);
        builder.AddWebHardening(options);
        builder.AddHttpConventions(options);
        builder.AddSealGuardPages();
        builder.AddModuleWebServices(options);
        var app = builder.Build();
        app.MapRazorPages();
        app.MapModuleApis();
        return app;
    }

    private static List<string> Routes(WebApplication app) => ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints)
        .OfType<RouteEndpoint>()
        .Select(e => e.Metadata.GetMetadata<PageActionDescriptor>() is { } page ? $"{page.AreaName}{page.ViewEnginePath}" : e.RoutePattern.RawText!.TrimStart('/'))
        .Distinct().ToList();
}
