using System.Globalization;
using System.Text.Json;
using SealGuard.Core.Alerts;
using SealGuard.Web.Features.Alerts;
using SealGuard.Web.Pages;

namespace SealGuard.Web.Areas.Police.Pages.Alerts;

/// <summary>How the police pages show an alert's tags, subject and facts.</summary>
public static class AlertDisplay
{
    public static string SeverityColor(AlertSeverity severity) => severity switch
    {
        AlertSeverity.High => "danger",
        AlertSeverity.Medium => "warning",
        _ => "info",
    };

    public static string StateColor(AlertState state) => state switch
    {
        AlertState.Open => "danger",
        AlertState.Assigned => "primary",
        _ => "secondary",
    };

    /// <summary>The subject's key as shown; a person's blind index only by its first characters (it is no name and no number).</summary>
    public static string SubjectKey(AlertSubject subject) => subject.Kind switch
    {
        AlertSubjectKind.Seal => Display.SealCode(subject.Key),
        AlertSubjectKind.Person => subject.Key[..Math.Min(8, subject.Key.Length)] + "…",
        _ => subject.Key,
    };

    /// <summary>The page of what the alert is about, where the console has one.</summary>
    public static string? SubjectHref(AlertSubject subject) => subject.Kind switch
    {
        AlertSubjectKind.Seal => "/Police/Seals/" + subject.Key,
        AlertSubjectKind.Organization => "/Police/Organizations/" + subject.Key,
        AlertSubjectKind.Shop => "/Police/Shops/" + subject.Key,
        _ => null,
    };

    /// <summary>A fact's value: times in China time, the rest as written.</summary>
    public static string FactValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String when value.TryGetDateTime(out var at) && value.GetString()!.Contains('T', StringComparison.Ordinal) => Display.DateTime(DateTime.SpecifyKind(at.ToUniversalTime(), DateTimeKind.Utc)),
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number => value.GetRawText(),
        _ => value.ToString(),
    };

    /// <summary>The shop a fact names by code (rule 1 names it), for a link.</summary>
    public static string? ShopCodeOf(IReadOnlyDictionary<string, JsonElement> facts) =>
        facts.TryGetValue("shopCode", out var code) && code.ValueKind == JsonValueKind.String ? code.GetString() : null;

    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
