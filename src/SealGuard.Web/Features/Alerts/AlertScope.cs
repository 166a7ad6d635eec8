using SealGuard.Core.Alerts;
using SealGuard.Web.Features.Identity;

namespace SealGuard.Web.Features.Alerts;

/// <summary>Which alerts a user may see and handle: police with <see cref="Capability.HandleAlerts"/>, those of their jurisdiction's divisions.</summary>
public static class AlertScope
{
    public static IQueryable<Alert> VisibleTo(this IQueryable<Alert> alerts, Actor actor) =>
        actor.Can(Capability.HandleAlerts) && actor.Scope is ScopeKind.Jurisdiction
            ? alerts.Where(JurisdictionFilter.For<Alert>(a => a.DivisionCode, actor.Jurisdiction))
            : alerts.Where(_ => false);
}
