using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SealGuard.Core.Codes;
using SealGuard.Core.Divisions;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.Codes;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Reports;
using SealGuard.Web.Hosting;
using SealGuard.Web.Infrastructure.Outcomes;
using SealGuard.Web.Seeding.Demo;
using SealGuard.Web.Seeding.Synthetic;

namespace SealGuard.Cli;

/// <summary>
/// The <c>sealguard</c> command. It reads the same configuration as the web host (appsettings, environment,
/// and extra <c>--Key=Value</c> arguments) and calls the same handlers.
/// </summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("SealGuard 印章业治安管理系统 command line") { TreatUnmatchedTokensAsErrors = false };

        var migrate = new Command("migrate", "Apply database migrations and load reference data");
        migrate.SetAction((parse, ct) => WithServicesAsync(parse, async services =>
        {
            await services.GetRequiredService<DatabaseInitializer>().MigrateAsync(ct);
            await output.WriteLineAsync("Database is up to date.");
            return 0;
        }));
        root.Subcommands.Add(migrate);

        var organizations = new Option<int>("--organizations") { Description = "How many synthetic organizations", DefaultValueFactory = _ => 240 };
        var demo = new Command("demo", "Seed the synthetic demo city (not in Production)") { organizations };
        demo.SetAction((parse, ct) => WithServicesAsync(parse, async services =>
        {
            if (services.GetRequiredService<IHostEnvironment>().IsProduction())
            {
                await output.WriteLineAsync("Refused: demo data is never seeded in the Production environment (set DOTNET_ENVIRONMENT=Development).");
                return 2;
            }

            await services.GetRequiredService<DatabaseInitializer>().MigrateAsync(ct);
            await services.GetRequiredService<DemoSeeder>().SeedAsync(parse.GetValue(organizations), ct);
            await output.WriteLineAsync("Demo data is in place.");
            return 0;
        }));
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
        synthetic.SetAction((parse, ct) => WithServicesAsync(parse, async services =>
        {
            // Made-up organizations and people must never mix with real records.
            if (services.GetRequiredService<IHostEnvironment>().IsProduction())
            {
                await output.WriteLineAsync("Refused: synthetic data is never loaded in the Production environment (set DOTNET_ENVIRONMENT=Development).");
                return 2;
            }

            var options = new SyntheticLoadOptions(parse.GetValue(syntheticOrganizations), parse.GetValue(sealsPerOrganization), parse.GetValue(division)!,
                parse.GetValue(randomSeed), parse.GetValue(batchSize), parse.GetValue(asOf));
            if (options.Problem(services.GetRequiredService<Jurisdiction>()) is { } problem)
            {
                await output.WriteLineAsync("Refused: " + problem);
                return 1;
            }

            await services.GetRequiredService<DatabaseInitializer>().MigrateAsync(ct);
            await ActivatorUtilities.CreateInstance<SyntheticLoader>(services).LoadAsync(options, output, ct);
            return 0;
        }));
        var seed = new Command("seed", "Seed data") { demo, synthetic };
        root.Subcommands.Add(seed);

        var userName = new Option<string>("--username") { Required = true };
        var displayName = new Option<string?>("--display-name");
        var password = new Option<string>("--password") { Required = true };
        var role = new Option<UserRole>("--role") { Required = true };
        var shop = new Option<string?>("--shop") { Description = "Shop code (shop roles)" };
        // One prefix per occurrence (repeat the option, or separate with commas): extra --Key=Value configuration may follow.
        var jurisdiction = new Option<string[]>("--jurisdiction") { Description = "Division prefixes (police roles): --jurisdiction 4107 --jurisdiction 410727, or 4107,410727" };
        var add = new Command("add", "Create a user") { userName, displayName, password, role, shop, jurisdiction };
        add.SetAction((parse, ct) => WithServicesAsync(parse, async services =>
        {
            var name = parse.GetValue(userName)!;
            var outcome = await services.GetRequiredService<UserAdministration>().AddAsync(Actor.System,
                new NewUser(name, parse.GetValue(displayName) ?? name, parse.GetValue(password), parse.GetValue(role), parse.GetValue(shop), (parse.GetValue(jurisdiction) ?? []).SelectMany(j => j.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList()), ct);
            if (!outcome.IsSuccess)
            {
                await output.WriteLineAsync("Refused: " + outcome.Failure!.Message);
                foreach (var (field, messages) in outcome.Failure.Errors ?? new Dictionary<string, string[]>())
                {
                    await output.WriteLineAsync($"  {field}: {string.Join("; ", messages)}");
                }

                return 1;
            }

            await output.WriteLineAsync($"User {outcome.Value!.UserName} created.");
            return 0;
        }));
        root.Subcommands.Add(new Command("users", "Manage users") { add });

        var verify = new Command("verify", "Check the audit log's keyed hash chain against its signed checkpoints and report the first problem");
        verify.SetAction((parse, ct) => WithServicesAsync(parse, async services =>
        {
            var result = await services.GetRequiredService<AuditVerifier>().VerifyAsync(ct);
            if (result.IsIntact)
            {
                await output.WriteLineAsync($"Audit log intact: {result.EntriesChecked} entries checked against {result.CheckpointsChecked} checkpoints.");
                if (result.CheckpointsChecked == 0 && result.EntriesChecked > 0)
                {
                    var file = services.GetRequiredService<AuditCheckpoints>().FilePath;
                    await output.WriteLineAsync($"Warning: no checkpoints in {file}, so a deleted tail of the log would not show (run `sealguard audit checkpoint`).");
                }

                return 0;
            }

            await output.WriteLineAsync(result.FirstBrokenId is { } id
                ? $"Audit log BROKEN at entry {id}: {result.Problem} ({result.EntriesChecked} entries intact before it)."
                : $"Audit log BROKEN: {result.Problem}.");
            return 1;
        }));
        var checkpoint = new Command("checkpoint", "Append a signed checkpoint of the audit log's committed end to the anchor directory");
        checkpoint.SetAction((parse, ct) => WithServicesAsync(parse, async services =>
        {
            var checkpoints = services.GetRequiredService<AuditCheckpoints>();
            var written = await checkpoints.WriteAsync(services.GetRequiredService<SealGuardDbContext>(), services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime, ct);
            await output.WriteLineAsync(written is null
                ? $"Nothing new to anchor in {checkpoints.FilePath}."
                : $"Checkpoint written to {checkpoints.FilePath}: {written.EntryCount} entries up to entry {written.LastId}.");
            return 0;
        }));
        root.Subcommands.Add(new Command("audit", "Audit log") { verify, checkpoint });

        var rebuild = new Command("rebuild", "Recount the dashboard's seal counters from the seals (after a manual change to seals)");
        rebuild.SetAction((parse, ct) => WithServicesAsync(parse, async services =>
        {
            var outcome = await services.GetRequiredService<RebuildSealCountsHandler>().HandleAsync(ct);
            var counted = outcome.Value!;
            await output.WriteLineAsync($"Seal counters rebuilt: {counted.Seals} seals in {counted.CountRows} counter rows and {counted.MonthRows} month rows.");
            return 0;
        }));
        root.Subcommands.Add(new Command("stats", "Dashboard statistics") { rebuild });

        root.Subcommands.Add(CodesCommand(output));

        return await root.Parse(args).InvokeAsync(cancellationToken: cancellationToken);
    }

    /// <summary><c>codes floor set|import</c> and <c>codes status</c>: per-division floors of the replaced system's serials, and how full each division is.</summary>
    private static Command CodesCommand(TextWriter output)
    {
        Option<string> Kind() => new("--kind") { Description = "seal (seal codes, default) or org (organization codes)", DefaultValueFactory = _ => CodeKind.Seal.Key };

        var setKind = Kind();
        var division = new Argument<string>("division") { Description = "County-level division code of the jurisdiction, e.g. 410702" };
        var value = new Argument<string>("floor") { Description = "The highest serial the replaced system issued there; allocation continues above it" };
        var set = new Command("set", "Raise a division's floor (never lowers the sequence)") { division, value, setKind };
        set.SetAction((parse, ct) => WithServicesAsync(parse, async services =>
            await ReportAsync(output, await services.GetRequiredService<CodeFloorsHandler>().SetAsync(Actor.System, parse.GetValue(setKind), parse.GetValue(division), parse.GetValue(value), ct))));

        var importKind = Kind();
        var file = new Argument<FileInfo>("file") { Description = "CSV lines division,floor (an optional header division,floor)" };
        var import = new Command("import", "Raise the floors of many divisions from a CSV file: every line is checked, all or nothing") { file, importKind };
        import.SetAction((parse, ct) => WithServicesAsync(parse, async services =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await output.WriteLineAsync($"Refused: the file {path.FullName} does not exist.");
                return 1;
            }

            using var reader = path.OpenText();
            return await ReportAsync(output, await services.GetRequiredService<CodeFloorsHandler>().ImportAsync(Actor.System, parse.GetValue(importKind), reader, ct));
        }));

        var status = new Command("status", "Per division and kind: last serial, floor, serials left; divisions past 90 % are flagged");
        status.SetAction((parse, ct) => WithServicesAsync(parse, async services =>
        {
            var rows = await services.GetRequiredService<CodeFloorsHandler>().StatusAsync(ct);
            await output.WriteLineAsync($"{"KIND",-5} {"DIVISION",-8} {"LAST",9} {"FLOOR",9} {"REMAINING",10}  NAME");
            foreach (var row in rows)
            {
                var flag = row.NearlyExhausted ? "  NEARLY EXHAUSTED" : string.Empty;
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{row.Kind,-5} {row.DivisionCode,-8} {row.LastValue,9} {row.Floor,9} {row.Remaining,10}  {row.DivisionName}{flag}"));
            }

            var nearlyExhausted = rows.Count(r => r.NearlyExhausted);
            await output.WriteLineAsync(nearlyExhausted == 0 ? $"{rows.Count} sequences." : $"{rows.Count} sequences; WARNING: {nearlyExhausted} past 90 % of their serial space.");
            return 0;
        }));

        return new Command("codes", "Seal and organization code allocation") { new Command("floor", "Per-division floors when taking over from another system") { set, import }, status };
    }

    private static async Task<int> ReportAsync(TextWriter output, Outcome<IReadOnlyList<CodeFloorChange>> outcome)
    {
        if (!outcome.IsSuccess)
        {
            await output.WriteLineAsync("Refused: " + outcome.Failure!.Message);
            foreach (var (field, messages) in outcome.Failure.Errors ?? new Dictionary<string, string[]>())
            {
                foreach (var message in messages)
                {
                    await output.WriteLineAsync($"  {field}: {message}");
                }
            }

            return 1;
        }

        foreach (var change in outcome.Value!)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Floor of {change.Kind} codes in {change.DivisionCode} raised to {change.Floor} (was {change.PreviousLastValue}); the next code is {change.Floor + 1}."));
        }

        return 0;
    }

    private static async Task<int> WithServicesAsync(ParseResult parse, Func<IServiceProvider, Task<int>> action)
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
