using System.CommandLine;
using SealGuard.Web.Hosting;

namespace SealGuard.Web.Features.Reports;

/// <summary>Statistics, the police dashboard and the report tables with their Excel exports: the police zone computes them over the full picture.</summary>
public sealed class ReportsModule : IFeatureModule
{
    public NodeRole Roles => NodeRole.Police;

    public IReadOnlyList<PageFolder> Pages => [new("Police", "/Index"), new("Police", "/Reports")];

    public void AddServices(IHostApplicationBuilder builder, SealGuardOptions options)
    {
        builder.Services.AddScoped<SealStatisticsHandler>();
        builder.Services.AddScoped<RebuildSealCountsHandler>();
        builder.Services.AddScoped<SealReportHandler>();
        builder.Services.AddScoped<SupervisionReportHandler>();
        builder.Services.AddScoped<ReportExportHandler>();
        builder.Services.AddSealCounters();
    }

    public void MapApi(RouteGroupBuilder api) => api.MapReportsApi();

    public IEnumerable<Command> Commands(CliVerbs cli)
    {
        var rebuild = new Command("rebuild", "Recount the dashboard's seal counters from the seals (after a manual change to seals)");
        rebuild.SetAction((parse, ct) => cli.RunAsync(parse, async services =>
        {
            var outcome = await services.GetRequiredService<RebuildSealCountsHandler>().HandleAsync(ct);
            var counted = outcome.Value!;
            await cli.Output.WriteLineAsync($"Seal counters rebuilt: {counted.Seals} seals in {counted.CountRows} counter rows and {counted.MonthRows} month rows.");
            return 0;
        }));
        yield return new Command("stats", "Dashboard statistics") { rebuild };
    }
}
