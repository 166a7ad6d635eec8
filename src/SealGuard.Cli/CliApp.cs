using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using SealGuard.Web.Data;
using SealGuard.Web.Hosting;

namespace SealGuard.Cli;

/// <summary>
/// The <c>sealguard</c> command: <c>migrate</c>, then each feature module's verbs (<see cref="FeatureModules.All"/>).
/// It reads the same configuration as the web host (appsettings, environment, and extra <c>--Key=Value</c> arguments)
/// and calls the same handlers.
/// </summary>
public static class CliApp
{
    public static Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken = default) =>
        Commands(output).Parse(args).InvokeAsync(cancellationToken: cancellationToken);

    /// <summary>The command tree, its verbs writing to <paramref name="output"/>.</summary>
    public static RootCommand Commands(TextWriter output)
    {
        var root = new RootCommand("SealGuard 印章业治安管理系统 command line") { TreatUnmatchedTokensAsErrors = false };
        root.Options.Add(CliVerbs.Verbose);
        var cli = new CliVerbs(output);

        var migrate = new Command("migrate", "Apply database migrations and load reference data");
        migrate.SetAction((parse, ct) => cli.RunAsync(parse, async services =>
        {
            await services.GetRequiredService<DatabaseInitializer>().MigrateAsync(ct);
            await output.WriteLineAsync("Database is up to date.");
            return 0;
        }, createsDatabase: true));
        root.Subcommands.Add(migrate);

        foreach (var command in FeatureModules.All.SelectMany(m => m.Commands(cli)))
        {
            root.Subcommands.Add(command);
        }

        return root;
    }
}
