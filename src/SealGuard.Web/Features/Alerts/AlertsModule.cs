using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Alerts.Rules;
using SealGuard.Web.Hosting;

namespace SealGuard.Web.Features.Alerts;

/// <summary>
/// 预警: the alert engine (event rules in the change pipeline, refusal rules in the refused unit's survivor, scheduled
/// rules as jobs), the alerts' API and the police pages. On every node: a rule fires where its change happens.
/// </summary>
public sealed class AlertsModule : IFeatureModule
{
    public NodeRole Roles => NodeRole.All;

    public IReadOnlyList<PageFolder> Pages => [new("Police", "/Alerts")];

    public void AddServices(IHostApplicationBuilder builder, SealGuardOptions options)
    {
        var services = builder.Services;
        services.AddScoped<AlertSettingsReader>();
        services.AddScoped<AlertWriter>();
        services.AddScoped<AlertRuleContexts>();
        services.AddScoped<RefusalAlertsHandler>();
        services.AddScoped<IChangeParticipant, AlertsParticipant>();
        services.AddScoped<ListAlertsHandler>();
        services.AddScoped<CountOpenAlertsHandler>();
        services.AddScoped<GetAlertHandler>();
        services.AddScoped<AssignAlertHandler>();
        services.AddScoped<CloseAlertHandler>();
        services.AddScoped<AlertRulesHandler>();
        services.AddScoped<SyntheticAlerts>();

        // The rules, in the order; a new rule is its class and one line here.
        services.AddAlertRule<DuplicateExclusiveSealRule>();
        services.AddScheduledAlertRule<ImprintOverdueRule>();
        services.AddScheduledAlertRule<UncollectedRule>();
        if (NodeRoles.Parse(options.Role).HasFlag(NodeRole.Police))
        {
            // The watch list is kept on the police node only (WatchListModule); the rule runs where the list is.
            services.AddAlertRule<WatchListRule>();
        }

        services.AddAlertRule<DeregisteredOrganizationRule>();
        services.AddAlertRule<AgentForManyOrganizationsRule>();
        services.AddScheduledAlertRule<ShopVolumeAnomalyRule>();
        services.AddAlertRule<IneligibleOperatorRule>();
        services.AddAlertRule<LostWithoutNoticeRule>();
        services.AddScheduledAlertRule<DeadlineOverdueRule>();
    }

    public void MapApi(RouteGroupBuilder api) => api.MapAlertsApi();

    public IEnumerable<Command> Commands(CliVerbs cli)
    {
        // Each scheduled rule once, timed: what the benchmark (bench/run-alert-rules.sh) measures on a large database.
        var rule = new Option<string?>("--rule") { Description = "Only this rule (e.g. ImprintOverdue)" };
        var run = new Command("run", "Run each scheduled alert rule once now and print how long it took") { rule };
        run.SetAction((parse, ct) => cli.RunAsync(parse, async services =>
        {
            var only = parse.GetValue(rule);
            var rules = services.GetServices<IScheduledAlertRule>().Where(r => only is null || r.Rule == only).ToList();
            if (rules.Count == 0)
            {
                await cli.Output.WriteLineAsync($"No scheduled alert rule {only}.");
                return 1;
            }

            foreach (var scheduled in rules)
            {
                await using var scope = services.CreateAsyncScope();
                var watch = Stopwatch.StartNew();
                var raised = await ScheduledAlertRunner.RunAsync(scope.ServiceProvider, scope.ServiceProvider.GetServices<IScheduledAlertRule>().Single(r => r.Rule == scheduled.Rule),
                    TimeProvider.System, ct);
                await cli.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{scheduled.Rule}: {raised} alerts raised in {watch.Elapsed.TotalSeconds:F2} s"));
            }

            return 0;
        }));
        var count = new Option<int>("--count") { Description = "How many alerts", DefaultValueFactory = _ => 100_000 };
        var synthetic = new Command("synthetic", "Write made-up alerts over the shops' divisions for the alerts benchmark (not in Production)") { count };
        synthetic.SetAction((parse, ct) => cli.RunAsync(parse, async services =>
        {
            // Made-up alerts must never mix with real ones.
            if (services.GetRequiredService<IHostEnvironment>().IsProduction())
            {
                await cli.Output.WriteLineAsync("Refused: synthetic alerts are never written in the Production environment (pass --environment=Development).");
                return 2;
            }

            await using var scope = services.CreateAsyncScope();
            var watch = Stopwatch.StartNew();
            var written = await scope.ServiceProvider.GetRequiredService<SyntheticAlerts>().WriteAsync(parse.GetValue(count), ct);
            await cli.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{written:N0} synthetic alerts written in {watch.Elapsed.TotalSeconds:F1} s"));
            return 0;
        }));
        yield return new Command("alerts", "Alert rules") { run, synthetic };
    }
}
