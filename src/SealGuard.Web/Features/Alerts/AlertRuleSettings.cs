using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SealGuard.Web.Data;

namespace SealGuard.Web.Features.Alerts;

/// <summary>A police admin's value for one rule's setting (<c>Enabled</c> as 0/1, or a threshold); it wins over the configuration.</summary>
public sealed class AlertRuleOverride
{
    public string Rule { get; private set; } = null!;
    public string Key { get; private set; } = null!;
    public int Value { get; private set; }
    public long ChangedByUserId { get; private set; }
    public DateTime ChangedAt { get; private set; }

    private AlertRuleOverride()
    {
    }

    public AlertRuleOverride(string rule, string key, int value, long userId, DateTime now)
    {
        Rule = rule;
        Key = key;
        Set(value, userId, now);
    }

    public void Set(int value, long userId, DateTime now)
    {
        Value = value;
        ChangedByUserId = userId;
        ChangedAt = now;
    }
}

/// <summary>A rule's settings in force: enabled or not, and each threshold's value.</summary>
public sealed record AlertRuleSettings(string Rule, bool Enabled, IReadOnlyDictionary<string, int> Values)
{
    public int this[string key] => Values[key];
}

/// <summary>
/// The settings of the rules: <c>SealGuard:Alerts:&lt;Rule&gt;:Enabled</c> (default true) and the rule's thresholds from
/// the configuration, each replaced by a police admin's override when one is stored. Read once per scope.
/// </summary>
public sealed class AlertSettingsReader(SealGuardDbContext db, IConfiguration configuration)
{
    public const string EnabledKey = "Enabled";

    private Dictionary<(string Rule, string Key), int>? _overrides;

    public async Task<AlertRuleSettings> ForAsync(IAlertRule rule, CancellationToken cancellationToken)
    {
        _overrides ??= await db.Set<AlertRuleOverride>().AsNoTracking().ToDictionaryAsync(o => (o.Rule, o.Key), o => o.Value, cancellationToken);
        var section = configuration.GetSection("SealGuard:Alerts:" + rule.Rule);
        var enabled = _overrides.TryGetValue((rule.Rule, EnabledKey), out var on) ? on != 0 : section.GetValue(EnabledKey, true);
        var values = rule.Settings.ToDictionary(
            s => s.Key,
            s => _overrides.TryGetValue((rule.Rule, s.Key), out var value) ? value : section.GetValue(s.Key, s.Default),
            StringComparer.Ordinal);
        return new AlertRuleSettings(rule.Rule, enabled, values);
    }

    /// <summary>What the configuration alone says (the value an override replaces).</summary>
    public int Configured(IAlertRule rule, AlertSetting setting) =>
        configuration.GetSection("SealGuard:Alerts:" + rule.Rule).GetValue(setting.Key, setting.Default);

    public bool ConfiguredEnabled(IAlertRule rule) =>
        configuration.GetSection("SealGuard:Alerts:" + rule.Rule).GetValue(EnabledKey, true);

    /// <summary>Forgets what was read, after an override changed in this scope.</summary>
    public void Reset() => _overrides = null;

    internal static string Describe(IReadOnlyDictionary<string, int> values) =>
        string.Join(',', values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => v.Key + "=" + v.Value.ToString(CultureInfo.InvariantCulture)));
}
