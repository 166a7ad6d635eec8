using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Http;

namespace SealGuard.Web.Features.Alerts;

/// <summary>预警: the alerts of the caller's jurisdiction (other tools rely on these routes), and the rules' settings.</summary>
public static class AlertsApi
{
    public static RouteGroupBuilder MapAlertsApi(this RouteGroupBuilder api)
    {
        var alerts = api.MapGroup("/alerts").WithTags("Alerts");

        alerts.MapGet("/", async (string? rule, string? state, string? cursor, Actor actor, ListAlertsHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.HandleAsync(actor, new AlertQuery(rule, state, cursor), ct)).Or<BadRequestProblem>())
            .RequireCapability(Capability.HandleAlerts)
            .WithName("ListAlerts").WithSummary("Alerts of the caller's jurisdiction, newest first, by rule and state (Open|Assigned|Closed) → {items, nextCursor, total}");

        alerts.MapGet("/{id:long}", async (long id, Actor actor, GetAlertHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.HandleAsync(actor, id, ct)).Or<NotFoundProblem>())
            .RequireCapability(Capability.HandleAlerts)
            .WithName("GetAlert").WithSummary("One alert with the facts that triggered it and who handled it");

        alerts.MapPost("/{id:long}/assign", async (long id, AssignAlertRequest request, Actor actor, AssignAlertHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.HandleAsync(actor, id, request, ct)).Or<BadRequestProblem, NotFoundProblem, ConflictProblem>())
            .RequireCapability(Capability.HandleAlerts)
            .WithName("AssignAlert").WithSummary("Assign an open or assigned alert to a police user whose jurisdiction covers it (default: the caller)");

        alerts.MapPost("/{id:long}/close", async (long id, CloseAlertRequest request, Actor actor, CloseAlertHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.HandleAsync(actor, id, request, ct)).Or<BadRequestProblem, NotFoundProblem, ConflictProblem>())
            .RequireCapability(Capability.HandleAlerts)
            .WithName("CloseAlert").WithSummary("Close an alert with a note (required)");

        alerts.MapGet("/rules", async (Actor actor, AlertRulesHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.ListAsync(actor, ct)).Or())
            .RequireCapability(Capability.HandleAlerts)
            .WithName("ListAlertRules").WithSummary("The alert rules with their settings in force (configuration, overridden by a police admin)");

        alerts.MapPut("/rules/{rule}", async (string rule, UpdateAlertRuleRequest request, Actor actor, AlertRulesHandler handler, CancellationToken ct) =>
                ApiResults.From(await handler.UpdateAsync(actor, rule, request, ct)).Or<BadRequestProblem, NotFoundProblem>())
            .RequireCapability(Capability.ConfigureAlertRules)
            .WithName("UpdateAlertRule").WithSummary("Switch a rule on or off and override its thresholds (police admin); reset drops the overrides");
        return api;
    }
}
