using SealGuard.Core.Alerts;
using SealGuard.Web.Data;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Alerts;

/// <summary>
/// One alert rule: its identifier (the issue's, e.g. <c>ImprintOverdue</c>), severity and thresholds. A rule is one class
/// implementing one of the kinds below, registered with <see cref="AlertRuleRegistration.AddAlertRule{TRule}"/>.
/// </summary>
public interface IAlertRule
{
    /// <summary>The stable identifier: the API's <c>rule</c>, the configuration section <c>SealGuard:Alerts:&lt;Rule&gt;</c>.</summary>
    string Rule { get; }

    AlertSeverity Severity { get; }

    /// <summary>The rule's thresholds besides <c>Enabled</c>, each with its configured default.</summary>
    IReadOnlyList<AlertSetting> Settings => [];
}

/// <summary>A rule over what a change wrote: evaluated by <see cref="AlertsParticipant"/> inside the change's transaction.</summary>
public interface IEventAlertRule : IAlertRule
{
    Task EvaluateAsync(ChangeSet changes, AlertRuleContext context, CancellationToken cancellationToken);

    /// <summary>The same for a bulk loader's batch (rows written around EF).</summary>
    Task EvaluateBulkAsync(BulkBatch batch, AlertRuleContext context, CancellationToken cancellationToken);
}

/// <summary>
/// A rule over a refused attempt: what the refusal rolled back is gone, so the alert is written by the unit of work's
/// surviving record (<see cref="UnitOfWork.Survive{TService}"/>), through <see cref="RefusalAlertsHandler"/>.
/// </summary>
public interface IRefusalAlertRule : IAlertRule
{
    Task EvaluateAsync(RefusedIntake attempt, AlertRuleContext context, CancellationToken cancellationToken);
}

/// <summary>A rule run on a schedule (<see cref="ScheduledAlertJob{TRule}"/>), one unit of work per run, with its own watermark.</summary>
public interface IScheduledAlertRule : IAlertRule
{
    Task RunAsync(ScheduledAlertRun run, CancellationToken cancellationToken);
}

/// <summary>A threshold of a rule: <c>SealGuard:Alerts:&lt;Rule&gt;:&lt;Key&gt;</c> gives the default, a police admin may override it within [Min, Max].</summary>
public sealed record AlertSetting(string Key, int Default, int Min, int Max);

/// <summary>What a rule raises: the subject and the condition's key; the writer adds the rule, severity, state and time.</summary>
public sealed record AlertDraft(AlertSubjectKind SubjectKind, string SubjectKey, string? SubjectLabel, string Condition, string DivisionCode, IReadOnlyDictionary<string, object?> Facts);

/// <summary>
/// An intake or seal step a handler refused, as the refusal rules see it (nothing personal). The organization (its
/// credit code, name and division) is named when the refusal came after the request was read; a refusal of who asks
/// (the shop's standing, the operator's eligibility) may come before, and then names only the shop. <c>Reason</c> is the
/// refusal's zh-CN message where it says more than the code (why the operator may not work).
/// </summary>
public sealed record RefusedIntake(string Code, string? SealType, string ShopCode, string? CreditCode, string? OrganizationName, string? DivisionCode, string UserName, DateTime AttemptedAt,
    string? Reason = null)
{
    /// <summary>A refusal of who asks (<c>Shop.Suspended</c>, <c>Shop.Closed</c>, <c>Staff.NotEligible</c>), before any organization is named.</summary>
    public static RefusedIntake OfOperator(Failure refusal, string shopCode, string userName, DateTime attemptedAt) =>
        new(refusal.Code, null, shopCode, null, null, null, userName, attemptedAt, refusal.Message);
}
