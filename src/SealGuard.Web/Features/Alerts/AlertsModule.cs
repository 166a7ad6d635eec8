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
        services.AddScoped<RefusalAlerts>();
        services.AddScoped<IChangeParticipant, AlertsParticipant>();
        services.AddScoped<ListAlertsHandler>();
        services.AddScoped<CountOpenAlertsHandler>();
        services.AddScoped<GetAlertHandler>();
        services.AddScoped<AssignAlertHandler>();
        services.AddScoped<CloseAlertHandler>();
        services.AddScoped<AlertRulesHandler>();

        // The rules, in the order; a new rule is its class and one line here.
        services.AddAlertRule<DuplicateExclusiveSealRule>();
        services.AddScheduledAlertRule<ImprintOverdueRule>();
        services.AddScheduledAlertRule<UncollectedRule>();
        services.AddAlertRule<LostWithoutNoticeRule>();
    }

    public void MapApi(RouteGroupBuilder api) => api.MapAlertsApi();
}
