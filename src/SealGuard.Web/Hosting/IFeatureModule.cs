using System.CommandLine;

namespace SealGuard.Web.Hosting;

/// <summary>
/// One feature as the host sees it: the nodes it runs on, its services, its API, its pages, its CLI verbs and its
/// start-up work. The host iterates <see cref="FeatureModules.All"/>; nothing is found by scanning.
/// </summary>
public interface IFeatureModule
{
    /// <summary>The node roles the feature runs in; a node of another role has none of its services, routes, pages or start-up work.</summary>
    NodeRole Roles { get; }

    /// <summary>Services shared by the web host and the CLI: handlers and what they need, registered one by one.</summary>
    void AddServices(IHostApplicationBuilder builder, SealGuardOptions options)
    {
    }

    /// <summary>Services only the web host needs (authentication, rate-limit policies).</summary>
    void AddWebServices(WebApplicationBuilder builder, SealGuardOptions options)
    {
    }

    /// <summary>Maps the feature's endpoints into the <c>/api/v1</c> group.</summary>
    void MapApi(RouteGroupBuilder api)
    {
    }

    /// <summary>The Razor pages the feature serves; on a node it does not run on they answer 404.</summary>
    IReadOnlyList<PageFolder> Pages => [];

    /// <summary>The feature's top-level <c>sealguard</c> verbs.</summary>
    IEnumerable<Command> Commands(CliVerbs cli) => [];

    /// <summary>Work at web start-up, after the migrations (e.g. the demo city).</summary>
    Task StartAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Pages of one area (null: the root <c>Pages</c> folder) at <paramref name="Path"/> or below it, e.g. ("Police", "/Seals").</summary>
public sealed record PageFolder(string? Area, string Path)
{
    public bool Contains(string? area, string viewEnginePath) => string.Equals(area, Area, StringComparison.OrdinalIgnoreCase)
        && (string.Equals(viewEnginePath, Path, StringComparison.OrdinalIgnoreCase) || viewEnginePath.StartsWith(Path + "/", StringComparison.OrdinalIgnoreCase));
}
