using System.CommandLine;

namespace SealGuard.Web.Hosting;

/// <summary>
/// What a module's <c>sealguard</c> verbs need: where to write, and a host with the same configuration and services
/// as the web host (appsettings, environment, and the extra <c>--Key=Value</c> arguments) to run in.
/// </summary>
public sealed class CliVerbs(TextWriter output)
{
    public TextWriter Output => output;

    /// <summary>Runs <paramref name="action"/> in a scope of a host built for this invocation.</summary>
    public async Task<int> RunAsync(ParseResult parse, Func<IServiceProvider, Task<int>> action)
    {
        // Unmatched tokens are configuration (--SealGuard:DataDirectory=…, --environment=Development), as for the web host.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ApplicationName = "SealGuard.Web",
            ContentRootPath = AppContext.BaseDirectory,
            Args = parse.UnmatchedTokens.ToArray(),
        });
        builder.AddSealGuardCore();
        using var host = builder.Build();
        using var scope = host.Services.CreateScope();
        return await action(scope.ServiceProvider);
    }
}
