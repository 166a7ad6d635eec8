using System.CommandLine;
using System.Globalization;
using SealGuard.Core.Codes;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Hosting;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Codes;

/// <summary>Per-division floors and fill of the code sequences: codes are allocated in the shop zone, the system of record for filings.</summary>
public sealed class CodesModule : IFeatureModule
{
    public NodeRole Roles => NodeRole.Shop;

    public void AddServices(IHostApplicationBuilder builder, SealGuardOptions options) => builder.Services.AddScoped<CodeFloorsHandler>();

    /// <summary><c>codes floor set|import</c> and <c>codes status</c>: per-division floors of the replaced system's serials, and how full each division is.</summary>
    public IEnumerable<Command> Commands(CliVerbs cli)
    {
        var output = cli.Output;
        Option<string> Kind() => new("--kind") { Description = "seal (seal codes, default) or org (organization codes)", DefaultValueFactory = _ => CodeKind.Seal.Key };

        var setKind = Kind();
        var division = new Argument<string>("division") { Description = "County-level division code of the jurisdiction, e.g. 410702" };
        var value = new Argument<string>("floor") { Description = "The highest serial the replaced system issued there; allocation continues above it" };
        var set = new Command("set", "Raise a division's floor (never lowers the sequence)") { division, value, setKind };
        set.SetAction((parse, ct) => cli.RunAsync(parse, async services =>
            await ReportAsync(output, await services.GetRequiredService<CodeFloorsHandler>().SetAsync(Actor.System, parse.GetValue(setKind), parse.GetValue(division), parse.GetValue(value), ct))));

        var importKind = Kind();
        var file = new Argument<FileInfo>("file") { Description = "CSV lines division,floor (an optional header division,floor)" };
        var import = new Command("import", "Raise the floors of many divisions from a CSV file: every line is checked, all or nothing") { file, importKind };
        import.SetAction((parse, ct) => cli.RunAsync(parse, async services =>
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
        status.SetAction((parse, ct) => cli.RunAsync(parse, async services =>
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

        yield return new Command("codes", "Seal and organization code allocation") { new Command("floor", "Per-division floors when taking over from another system") { set, import }, status };
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
}
