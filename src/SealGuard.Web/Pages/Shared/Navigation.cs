using System.Security.Claims;
using SealGuard.Web.Features.Identity;

namespace SealGuard.Web.Pages;

/// <summary>
/// One entry of the console's side navigation: shown to a role whose pages' area it lies in and that has its capability,
/// under the heading of its task group.
/// </summary>
public sealed record NavigationEntry(string Href, string Icon, string TextKey, ScopeKind Area, Capability Capability, string GroupKey);

/// <summary>A task group of the side navigation: its heading and the role's entries in it.</summary>
public sealed record NavigationGroup(string TextKey, IReadOnlyList<NavigationEntry> Entries)
{
    /// <summary>The id of the collapsible list, also the key its open or closed state is kept under.</summary>
    public string Id => "nav-" + TextKey.Replace('.', '-').ToLowerInvariant();
}

/// <summary>
/// The console navigation, read from <see cref="RoleCapabilities"/>: the page areas follow the role's scope (shop,
/// police, administration), each entry its capability. A role's home is its first entry.
/// </summary>
public static class Navigation
{
    public static readonly IReadOnlyList<NavigationEntry> Entries =
    [
        new("/Shop", "house", "Nav.ShopHome", ScopeKind.Shop, Capability.FileSeals, "NavGroup.ShopDaily"),
        new("/Shop/Intake", "plus-square", "Nav.Intake", ScopeKind.Shop, Capability.FileSeals, "NavGroup.ShopDaily"),
        new("/Shop/Seals", "list-ul", "Nav.ShopSeals", ScopeKind.Shop, Capability.SearchSeals, "NavGroup.ShopDaily"),
        new("/Shop/Notices", "megaphone", "Nav.ShopNotices", ScopeKind.Shop, Capability.ReadNotices, "NavGroup.ShopDaily"),
        new("/Shop/Rectifications", "tools", "Nav.ShopRectifications", ScopeKind.Shop, Capability.RespondToRectifications, "NavGroup.ShopDaily"),
        new("/Shop/SuspiciousReports", "exclamation-triangle", "Nav.ShopSuspiciousReports", ScopeKind.Shop, Capability.FileSuspiciousReports, "NavGroup.ShopRecords"),
        new("/Shop/Changes", "arrow-repeat", "Nav.ShopChanges", ScopeKind.Shop, Capability.FileOrganizationChanges, "NavGroup.ShopRecords"),
        new("/Shop/Staff", "people", "Nav.Staff", ScopeKind.Shop, Capability.FileSeals, "NavGroup.ShopRecords"),
        new("/Shop/Standing", "shield-check", "Nav.ShopStanding", ScopeKind.Shop, Capability.ViewPenalties, "NavGroup.ShopRecords"),
        new("/Shop/Filing", "file-earmark-check", "Nav.ShopFiling", ScopeKind.Shop, Capability.FileSeals, "NavGroup.ShopRecords"),
        new("/Shop/Inspections", "clipboard-check", "Nav.ShopInspections", ScopeKind.Shop, Capability.RespondToRectifications, "NavGroup.ShopRecords"),
        new("/Police", "bar-chart", "Nav.Dashboard", ScopeKind.Jurisdiction, Capability.ViewStatistics, "NavGroup.PoliceSupervision"),
        new("/Police/Reports", "table", "Nav.Reports", ScopeKind.Jurisdiction, Capability.ViewStatistics, "NavGroup.PoliceSupervision"),
        new("/Police/Seals", "search", "Nav.PoliceSeals", ScopeKind.Jurisdiction, Capability.SearchSeals, "NavGroup.PoliceSupervision"),
        new("/Police/Shops", "shop", "Nav.Shops", ScopeKind.Jurisdiction, Capability.SuperviseShops, "NavGroup.PoliceSupervision"),
        new("/Police/Inspections", "clipboard2-check", "Nav.Inspections", ScopeKind.Jurisdiction, Capability.Inspect, "NavGroup.PoliceSupervision"),
        new("/Police/Rectifications", "tools", "Nav.Rectifications", ScopeKind.Jurisdiction, Capability.Inspect, "NavGroup.PoliceSupervision"),
        new("/Police/Penalties", "exclamation-octagon", "Nav.Penalties", ScopeKind.Jurisdiction, Capability.ViewPenalties, "NavGroup.PoliceSupervision"),
        new("/Police/Staff", "person-check", "Nav.PoliceStaff", ScopeKind.Jurisdiction, Capability.DecideStaff, "NavGroup.PoliceReview"),
        new("/Police/ShopFilings", "file-earmark-check", "Nav.PoliceShopFilings", ScopeKind.Jurisdiction, Capability.DecideShopFilings, "NavGroup.PoliceReview"),
        new("/Police/SuspiciousReports", "exclamation-triangle", "Nav.PoliceSuspiciousReports", ScopeKind.Jurisdiction, Capability.HandleSuspiciousReports, "NavGroup.PoliceSupervision"),
        new("/Police/Notices", "megaphone", "Nav.PoliceNotices", ScopeKind.Jurisdiction, Capability.PublishNotices, "NavGroup.PoliceSupervision"),
        new("/Police/WatchList", "eye", "Nav.WatchList", ScopeKind.Jurisdiction, Capability.ManageWatchList, "NavGroup.PoliceSupervision"),
        new("/Police/Alerts", "bell", "Nav.Alerts", ScopeKind.Jurisdiction, Capability.HandleAlerts, "NavGroup.PoliceSupervision"),
        new("/Police/Reviews", "clipboard-check", "Nav.PoliceReviews", ScopeKind.Jurisdiction, Capability.ReviewSealFilings, "NavGroup.PoliceReview"),
        new("/Police/Changes", "arrow-repeat", "Nav.PoliceChanges", ScopeKind.Jurisdiction, Capability.ReviewOrganizationChanges, "NavGroup.PoliceReview"),
        new("/Police/Audit", "journal-text", "Nav.Audit", ScopeKind.Jurisdiction, Capability.ReadAuditLog, "NavGroup.PoliceReview"),
        new("/Police/Alerts/Rules", "sliders", "Nav.AlertRules", ScopeKind.Jurisdiction, Capability.ConfigureAlertRules, "NavGroup.PoliceReview"),
        new("/Police/Checklists", "list-check", "Nav.Checklists", ScopeKind.Jurisdiction, Capability.ManageChecklists, "NavGroup.PoliceReview"),
        new("/Admin/Users", "person-gear", "Nav.Users", ScopeKind.Everything, Capability.AdministerUsers, "NavGroup.AdminAccounts"),
        new("/Admin/CodeTables", "table", "Nav.CodeTables", ScopeKind.Everything, Capability.EditCodeTables, "NavGroup.AdminReference"),
        new("/Admin/Divisions", "diagram-3", "Nav.Divisions", ScopeKind.Everything, Capability.EditCodeTables, "NavGroup.AdminReference"),
    ];

    public static IReadOnlyList<NavigationEntry> For(UserRole role) =>
        [.. Entries.Where(e => e.Area == RoleCapabilities.ScopeOf(role) && RoleCapabilities.Has(role, e.Capability))];

    /// <summary>The entries of the signed-in user's role; none for an anonymous visitor.</summary>
    public static IReadOnlyList<NavigationEntry> For(ClaimsPrincipal user) =>
        user is { Identity.IsAuthenticated: true } && Enum.TryParse<UserRole>(user.FindFirstValue("role"), out var role) && Enum.IsDefined(role)
            ? For(role)
            : [];

    /// <summary>The user's entries by task group, in the order of <see cref="Entries"/>.</summary>
    public static IReadOnlyList<NavigationGroup> GroupsFor(ClaimsPrincipal user) =>
        [.. For(user).GroupBy(e => e.GroupKey).Select(g => new NavigationGroup(g.Key, [.. g]))];

    /// <summary>
    /// The one entry the page at <paramref name="path"/> belongs to: the longest whose address is the path or a prefix
    /// of it (<c>/Police/Seals/…</c> is under 印章查询, not also under the dashboard at <c>/Police</c>).
    /// </summary>
    public static NavigationEntry? Current(IEnumerable<NavigationEntry> entries, string path) =>
        entries.Where(e => path.Equals(e.Href, StringComparison.OrdinalIgnoreCase) || path.StartsWith(e.Href + "/", StringComparison.OrdinalIgnoreCase))
            .MaxBy(e => e.Href.Length);

    /// <summary>Where a role lands after signing in.</summary>
    public static string HomeOf(UserRole role) => For(role)[0].Href;
}
