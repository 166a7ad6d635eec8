using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Alerts;
using SealGuard.Core.Filings;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Alerts;

/// <summary>One threshold of a rule: the value in force, what the configuration says, and whether a police admin overrode it.</summary>
public sealed record AlertSettingView(string Key, int Value, int Configured, bool Overridden, int Min, int Max);

public sealed record AlertRuleView(string Rule, AlertSeverity Severity, bool Enabled, bool ConfiguredEnabled, bool EnabledOverridden, IReadOnlyList<AlertSettingView> Settings);

/// <summary>A police admin's settings of one rule; a value left out keeps what is in force, <c>reset</c> drops every override.</summary>
public sealed record UpdateAlertRuleRequest(bool? Enabled, IReadOnlyDictionary<string, int>? Settings, bool Reset = false);

/// <summary>The rules with their settings in force (police), and a police admin's overrides, stored in the database and winning over the configuration.</summary>
public sealed class AlertRulesHandler(SealGuardDbContext db, IEnumerable<IAlertRule> rules, AlertSettingsReader settings, UnitOfWork unitOfWork, AuditTrail audit, TimeProvider clock)
{
    public async Task<Outcome<IReadOnlyList<AlertRuleView>>> ListAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.HandleAlerts) && !actor.Can(Capability.ConfigureAlertRules))
        {
            return Failure.Forbidden();
        }

        var views = new List<AlertRuleView>();
        foreach (var rule in rules)
        {
            views.Add(await ViewAsync(rule, cancellationToken));
        }

        return views;
    }

    public async Task<Outcome<AlertRuleView>> UpdateAsync(Actor actor, string ruleName, UpdateAlertRuleRequest request, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.ConfigureAlertRules))
        {
            return Failure.Forbidden();
        }

        if (rules.FirstOrDefault(r => r.Rule == ruleName) is not { } rule)
        {
            return Failure.NotFound("Alert.UnknownRule");
        }

        var errors = new ValidationErrors();
        var values = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, value) in request.Settings ?? new Dictionary<string, int>())
        {
            // JSON clients camel-case the keys ("hours"); the rule's spelling is stored.
            var setting = rule.Settings.FirstOrDefault(s => string.Equals(s.Key, key, StringComparison.OrdinalIgnoreCase));
            if (setting is null)
            {
                errors.Add("settings." + key, RuleViolation.Of("Alert.UnknownSetting"));
            }
            else if (value < setting.Min || value > setting.Max)
            {
                errors.Add("settings." + setting.Key, SealGuard.Core.Codes.Messages.Get("Alert.SettingOutOfRange", setting.Min, setting.Max));
            }
            else
            {
                values[setting.Key] = value;
            }
        }

        if (errors.HasErrors)
        {
            return errors.ToFailure();
        }

        var outcome = await unitOfWork.ExecuteAsync<bool>(async ct =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var stored = await db.Set<AlertRuleOverride>().Where(o => o.Rule == rule.Rule).ToListAsync(ct);
            if (request.Reset)
            {
                db.RemoveRange(stored);
            }

            var wanted = new Dictionary<string, int>(values, StringComparer.Ordinal);
            if (request.Enabled is { } enabled)
            {
                wanted[AlertSettingsReader.EnabledKey] = enabled ? 1 : 0;
            }

            foreach (var (key, value) in wanted)
            {
                if (stored.FirstOrDefault(o => o.Key == key) is { } existing && !request.Reset)
                {
                    existing.Set(value, actor.UserId, now);
                }
                else
                {
                    db.Add(new AlertRuleOverride(rule.Rule, key, value, actor.UserId, now));
                }
            }

            audit.Record(actor, "AlertRule.Changed", "AlertRule", rule.Rule, detail: (request.Reset ? "reset;" : string.Empty) + AlertSettingsReader.Describe(wanted));
            return true;
        }, cancellationToken);
        if (outcome.Failure is { } failure)
        {
            return failure;
        }

        settings.Reset();
        return await ViewAsync(rule, cancellationToken);
    }

    private async Task<AlertRuleView> ViewAsync(IAlertRule rule, CancellationToken cancellationToken)
    {
        var current = await settings.ForAsync(rule, cancellationToken);
        var configuredEnabled = settings.ConfiguredEnabled(rule);
        var overridden = await db.Set<AlertRuleOverride>().AsNoTracking().Where(o => o.Rule == rule.Rule).Select(o => o.Key).ToListAsync(cancellationToken);
        return new AlertRuleView(rule.Rule, rule.Severity, current.Enabled, configuredEnabled, overridden.Contains(AlertSettingsReader.EnabledKey),
            [.. rule.Settings.Select(s => new AlertSettingView(s.Key, current[s.Key], settings.Configured(rule, s), overridden.Contains(s.Key), s.Min, s.Max))]);
    }
}
