using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Alerts;
using SealGuard.Web.Data;

namespace SealGuard.Web.Features.Alerts;

/// <summary>
/// Writes alerts. "The same condition does not raise a second open alert" is the database's: a unique index over the
/// deduplication keys of the alerts not closed, and an <c>INSERT … ON CONFLICT (deduplication_key) WHERE state &lt;&gt;
/// 'Closed' DO NOTHING</c>, the same text on SQLite and PostgreSQL, so parallel raisers never fail and never duplicate.
/// The statement runs in the caller's transaction (the change's, the survivor's or the scheduled run's).
/// </summary>
public sealed class AlertWriter(SealGuardDbContext db)
{
    // 11 parameters a row; well below SQLite's and PostgreSQL's parameter limits.
    private const int RowsPerStatement = 200;

    /// <summary>Raises one alert per draft whose condition has no alert open; returns how many were raised.</summary>
    public async Task<int> RaiseAsync(IAlertRule rule, IReadOnlyList<AlertDraft> drafts, DateTime now, CancellationToken cancellationToken)
    {
        var raised = 0;
        foreach (var chunk in drafts.DistinctBy(d => d.Condition).Chunk(RowsPerStatement))
        {
            var sql = new StringBuilder("INSERT INTO alerts (rule, severity, state, subject_kind, subject_key, subject_label, deduplication_key, division_code, facts, created_at, version) VALUES ");
            var parameters = new List<object>();
            for (var i = 0; i < chunk.Length; i++)
            {
                var d = chunk[i];
                object?[] values = [rule.Rule, rule.Severity.ToString(), nameof(AlertState.Open), d.SubjectKind.ToString(), d.SubjectKey, d.SubjectLabel,
                    KeyOf(rule, d), d.DivisionCode, JsonSerializer.Serialize(d.Facts), now, 1L];
                sql.Append(i == 0 ? "" : ", ").Append('(');
                for (var j = 0; j < values.Length; j++)
                {
                    sql.Append(j == 0 ? "" : ", ");

                    // A missing value (a person's alert has no label) is the literal: an untyped null parameter is not portable.
                    if (values[j] is { } value)
                    {
                        sql.Append('{').Append(parameters.Count).Append('}');
                        parameters.Add(value);
                    }
                    else
                    {
                        sql.Append("NULL");
                    }
                }

                sql.Append(')');
            }

            sql.Append(" ON CONFLICT (deduplication_key) WHERE state <> 'Closed' DO NOTHING");
            raised += await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, cancellationToken);
        }

        return raised;
    }

    /// <summary>The key of a rule's condition: the rule with what the rule names (e.g. <c>ImprintOverdue:4107020000001</c>).</summary>
    public static string KeyOf(IAlertRule rule, AlertDraft draft) => rule.Rule + ":" + draft.Condition;
}

/// <summary>What a rule is given to raise alerts: its settings in force, the writer and the time.</summary>
public sealed class AlertRuleContext(IAlertRule rule, AlertSettingsReader settings, AlertWriter writer, TimeProvider clock)
{
    public DateTime Now { get; } = clock.GetUtcNow().UtcDateTime;

    public Task<AlertRuleSettings> SettingsAsync(CancellationToken cancellationToken) => settings.ForAsync(rule, cancellationToken);

    /// <summary>Raises the drafts when the rule is switched on; returns how many alerts were raised.</summary>
    public async Task<int> RaiseAsync(IReadOnlyList<AlertDraft> drafts, CancellationToken cancellationToken) =>
        drafts.Count == 0 || !(await SettingsAsync(cancellationToken)).Enabled ? 0 : await writer.RaiseAsync(rule, drafts, Now, cancellationToken);
}

/// <summary>Makes the context of a rule in the current scope.</summary>
public sealed class AlertRuleContexts(AlertSettingsReader settings, AlertWriter writer, TimeProvider clock)
{
    public AlertRuleContext For(IAlertRule rule) => For(rule, clock);

    /// <summary>The context on another clock: a scheduled run's (the job's own <see cref="TimeProvider"/>).</summary>
    public AlertRuleContext For(IAlertRule rule, TimeProvider runClock) => new(rule, settings, writer, runClock);
}
