using System.CommandLine;
using Microsoft.Extensions.Options;
using SealGuard.Core.Divisions;
using SealGuard.Web.Data;
using SealGuard.Web.Hosting;
using SealGuard.Web.Seeding.Demo;
using SealGuard.Web.Seeding.Synthetic;

namespace SealGuard.Web.Seeding;

/// <summary>
/// Tooling, not a capability: the demo city (at start-up when <c>SealGuard:Demo</c> is on, or <c>sealguard seed demo</c>)
/// and the synthetic bulk load (<c>sealguard seed synthetic</c>). The demo city spans both zones, so both nodes.
/// </summary>
public sealed class SeedingModule : IFeatureModule
{
    public NodeRole Roles => NodeRole.All;

    public void AddServices(IHostApplicationBuilder builder, SealGuardOptions options)
    {
        builder.Services.AddScoped<DemoSeeder>();
        builder.Services.AddScoped<DemoAccounts>();
    }

    public async Task StartAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var options = services.GetRequiredService<IOptions<SealGuardOptions>>().Value;
        if (options.Demo)
        {
            await services.GetRequiredService<DemoSeeder>().SeedAsync(options.DemoOrganizations, cancellationToken);
        }

        if (services.GetRequiredService<IHostEnvironment>().IsProduction())
        {
            await services.GetRequiredService<DemoAccounts>().WarnIfPresentAsync(cancellationToken);
        }
    }

    public IEnumerable<Command> Commands(CliVerbs cli)
    {
        var output = cli.Output;
        var organizations = new Option<int>("--organizations") { Description = "How many synthetic organizations", DefaultValueFactory = _ => 240 };
        var demo = new Command("demo", "Seed the synthetic demo city (not in Production)") { organizations };
        demo.SetAction((parse, ct) => cli.RunAsync(parse, async services =>
        {
            if (services.GetRequiredService<IHostEnvironment>().IsProduction())
            {
                await output.WriteLineAsync("Refused: demo data is never seeded in the Production environment (set ASPNETCORE_ENVIRONMENT=Development or pass --environment=Development).");
                return 2;
            }

            await services.GetRequiredService<DatabaseInitializer>().MigrateAsync(ct);
            await services.GetRequiredService<DemoSeeder>().SeedAsync(parse.GetValue(organizations), ct);
            await output.WriteLineAsync("Demo data is in place.");
            return 0;
        }, createsDatabase: true));
        var syntheticOrganizations = new Option<int>("--organizations") { Description = "How many synthetic organizations", Required = true };
        var sealsPerOrganization = new Option<double>("--seals-per-org") { Description = "Average seals per organization (at least 1)", DefaultValueFactory = _ => 2.5 };
        var division = new Option<string>("--division") { Description = "Division prefix to spread the organizations over", DefaultValueFactory = _ => "4107" };
        var randomSeed = new Option<int>("--seed") { Description = "The same seed and --as-of give the same data", DefaultValueFactory = _ => 1 };
        var batchSize = new Option<int>("--batch-size") { Description = "Seals per transaction", DefaultValueFactory = _ => 5000 };
        var asOf = new Option<DateOnly?>("--as-of") { Description = "Last day of the ten years of history (default: today, UTC)" };
        var synthetic = new Command("synthetic", "Bulk-load synthetic organizations, seals and their histories for load tests (not in Production)")
        {
            syntheticOrganizations, sealsPerOrganization, division, randomSeed, batchSize, asOf,
        };
        synthetic.SetAction((parse, ct) => cli.RunAsync(parse, async services =>
        {
            // Made-up organizations and people must never mix with real records.
            if (services.GetRequiredService<IHostEnvironment>().IsProduction())
            {
                await output.WriteLineAsync("Refused: synthetic data is never loaded in the Production environment (set ASPNETCORE_ENVIRONMENT=Development or pass --environment=Development).");
                return 2;
            }

            var load = new SyntheticLoadOptions(parse.GetValue(syntheticOrganizations), parse.GetValue(sealsPerOrganization), parse.GetValue(division)!,
                parse.GetValue(randomSeed), parse.GetValue(batchSize), parse.GetValue(asOf));
            if (load.Problem(services.GetRequiredService<Jurisdiction>()) is { } problem)
            {
                await output.WriteLineAsync("Refused: " + problem);
                return 1;
            }

            await services.GetRequiredService<DatabaseInitializer>().MigrateAsync(ct);
            await ActivatorUtilities.CreateInstance<SyntheticLoader>(services).LoadAsync(load, output, ct);
            return 0;
        }, createsDatabase: true));
        yield return new Command("seed", "Seed data") { demo, synthetic };
    }
}
