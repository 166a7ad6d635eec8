using System.Collections;
using System.Globalization;
using System.Resources;

namespace SealGuard.Web.Features.Audit;

/// <summary>
/// The zh-CN names of what the audit log records (<c>AuditNames.resx</c>, the one home of the mapping): each action key
/// (<c>Seal.Delivered</c>), each kind of object (<c>Seal</c>) and each action family (<c>Seal.</c>, the part before the
/// dot). Every key the code records must have a name here (pinned by a test that scans the recording calls).
/// </summary>
public static class AuditNames
{
    private const string ActionPrefix = "Action.";
    private const string EntityPrefix = "Entity.";
    private const string FamilyPrefix = "Family.";

    private static readonly ResourceManager Resources = new("SealGuard.Web.Features.Audit.AuditNames", typeof(AuditNames).Assembly);

    private static readonly Lazy<IReadOnlyList<string>> AllKeys = new(() =>
        [.. Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)!
            .Cast<DictionaryEntry>().Select(e => (string)e.Key).Order(StringComparer.Ordinal)]);

    /// <summary>Every named action key, ordered by key (so a family's actions stand together).</summary>
    public static IReadOnlyList<string> Actions { get; } = KeysWith(ActionPrefix);

    /// <summary>Every named kind of object.</summary>
    public static IReadOnlyList<string> EntityTypes { get; } = KeysWith(EntityPrefix);

    /// <summary>The name of an action; an unnamed key shows as itself rather than breaking the page.</summary>
    public static string Action(string key) => Get(ActionPrefix + key) ?? key;

    /// <summary>The name of a kind of object, or the type itself when unnamed.</summary>
    public static string Entity(string type) => Get(EntityPrefix + type) ?? type;

    /// <summary>The name of an action family given as its prefix with the dot (<c>Seal.</c>).</summary>
    public static string Family(string prefix) => Get(FamilyPrefix + prefix.TrimEnd('.')) ?? prefix;

    /// <summary>The family of an action key, as the prefix with the dot that the search accepts (<c>Seal.Delivered</c> → <c>Seal.</c>).</summary>
    public static string FamilyOf(string action) => action[..(action.IndexOf('.', StringComparison.Ordinal) + 1)];

    public static bool IsNamedAction(string key) => Get(ActionPrefix + key) is not null;

    public static bool IsNamedEntity(string type) => Get(EntityPrefix + type) is not null;

    public static bool IsNamedFamily(string prefix) => Get(FamilyPrefix + prefix.TrimEnd('.')) is not null;

    private static string? Get(string name) => Resources.GetString(name, CultureInfo.CurrentUICulture);

    private static IReadOnlyList<string> KeysWith(string prefix) =>
        [.. AllKeys.Value.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Select(k => k[prefix.Length..])];
}
