using System.CommandLine;
using SealGuard.Web.Data;

namespace SealGuard.Web.Hosting;

/// <summary>
/// What a module's <c>sealguard</c> verbs need: where to write, and a host with the same configuration and services
/// as the web host (appsettings, environment, and the extra <c>--Key=Value</c> arguments) to run in.
/// </summary>
public sealed class CliVerbs(TextWriter output)
{
    /// <summary>The database does not exist or has not been migrated (documented in the README with the other exit codes).</summary>
    public const int ExitNoDatabase = 3;

    /// <summary>The configuration cannot work (a missing Production key, a bad setting).</summary>
    public const int ExitConfiguration = 4;

    /// <summary>Anything else went wrong; the one line names it, <c>--verbose</c> adds the stack trace.</summary>
    public const int ExitUnexpected = 5;

    /// <summary>Prints the stack trace of an unexpected error (every verb; the root command adds it recursively).</summary>
    public static readonly Option<bool> Verbose = new("--verbose") { Description = "Print the stack trace of an unexpected error", Recursive = true };

    public TextWriter Output => output;

    /// <summary>Errors go to the console's error stream, apart from what a verb reports on <see cref="Output"/>.</summary>
    private static TextWriter Error => Console.Error;

    /// <summary>
    /// Runs <paramref name="action"/> in a scope of a host built for this invocation. Unless the verb
    /// <paramref name="createsDatabase"/> (it migrates first), a missing or not migrated database ends it with one line
    /// and <see cref="ExitNoDatabase"/> before it starts; any error is one line, never a stack trace unless <c>--verbose</c>.
    /// </summary>
    public async Task<int> RunAsync(ParseResult parse, Func<IServiceProvider, Task<int>> action, bool createsDatabase = false)
    {
        try
        {
            using var host = BuildHost(parse.UnmatchedTokens.ToArray());
            using var scope = host.Services.CreateScope();
            if (!createsDatabase && await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().NotReadyAsync(CancellationToken.None) is { } problem)
            {
                await Error.WriteLineAsync($"sealguard: {problem}: run `sealguard migrate` (or start the app once) first, or point --SealGuard:DataDirectory (SQLite) or --ConnectionStrings:Default (PostgreSQL) at the database you meant.");
                return ExitNoDatabase;
            }

            return await action(scope.ServiceProvider);
        }
        catch (SealGuardConfigurationException e)
        {
            await Error.WriteLineAsync($"sealguard: {e.Message}");
            return ExitConfiguration;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await Error.WriteLineAsync(parse.GetValue(Verbose)
                ? $"sealguard: {e}"
                : $"sealguard: {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")} (--verbose shows where)");
            return ExitUnexpected;
        }
    }

    private static IHost BuildHost(string[] args)
    {
        // As WebApplication.CreateBuilder does: ASPNETCORE_ variables first (ASPNETCORE_ENVIRONMENT, the one a
        // Development server beside it was started with), then DOTNET_ variables and the arguments over them. Unmatched
        // tokens are configuration (--SealGuard:DataDirectory=…, --environment=Development), as for the web host.
        var configuration = new ConfigurationManager();
        configuration.AddEnvironmentVariables(prefix: "ASPNETCORE_");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ApplicationName = "SealGuard.Web",
            ContentRootPath = AppContext.BaseDirectory,
            Args = args,
            Configuration = configuration,
        });
        builder.AddSealGuardCore();
        return builder.Build();
    }
}
