using Microsoft.EntityFrameworkCore.ChangeTracking;
using SealGuard.Web.Data;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Alerts;

/// <summary>
/// The event rules' place in the change pipeline: each <see cref="IEventAlertRule"/> reads what the change (or the bulk
/// batch) wrote and raises its alerts in the same transaction, so an alert exists exactly when its change does.
/// </summary>
public sealed class AlertsParticipant(IEnumerable<IEventAlertRule> rules, AlertRuleContexts contexts) : IChangeParticipant
{
    /// <summary>After the row changes (version stamps, names, counters), before the audit chain.</summary>
    public const int RunsAt = 500;

    public int Order => RunsAt;

    public void Saving(IReadOnlyList<EntityEntry> pending)
    {
        // The rules read what was saved; nothing to change before.
    }

    public async Task BeforeCommitAsync(ChangeSet changes, CancellationToken cancellationToken)
    {
        foreach (var rule in rules)
        {
            await rule.EvaluateAsync(changes, contexts.For(rule), cancellationToken);
        }
    }

    public async Task BeforeBulkCommitAsync(BulkBatch batch, CancellationToken cancellationToken)
    {
        foreach (var rule in rules)
        {
            await rule.EvaluateBulkAsync(batch, contexts.For(rule), cancellationToken);
        }
    }

    public void Abandoned()
    {
        // Nothing is collected between saves.
    }
}

/// <summary>
/// The refusal rules: a handler that refuses an attempt hands it to <see cref="Record"/>, and the rules see it in the
/// refused unit's surviving record, after the refusal rolled back (ADR 0004).
/// </summary>
public sealed class RefusalAlertsHandler(IEnumerable<IRefusalAlertRule> rules, AlertRuleContexts contexts)
{
    /// <summary>Called from the work of the refused unit: the rules run once it has ended.</summary>
    public static void Record(UnitOfWork unitOfWork, RefusedIntake attempt) =>
        unitOfWork.Survive<RefusalAlertsHandler>((alerts, ct) => alerts.EvaluateAsync(attempt, ct));

    /// <summary>
    /// A refusal that comes before the handler opens its unit of work (who asks may not work at all): a unit that only
    /// refuses, so the rules see the attempt as they see every other.
    /// </summary>
    public static Task<Outcome<T>> RefuseAsync<T>(UnitOfWork unitOfWork, Failure refusal, Func<CancellationToken, Task<RefusedIntake>> attempt, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync<T>(async ct =>
        {
            Record(unitOfWork, await attempt(ct));
            return refusal;
        }, cancellationToken);

    public async Task EvaluateAsync(RefusedIntake attempt, CancellationToken cancellationToken)
    {
        foreach (var rule in rules)
        {
            await rule.EvaluateAsync(attempt, contexts.For(rule), cancellationToken);
        }
    }
}
