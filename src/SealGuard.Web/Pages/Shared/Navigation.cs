using System.Security.Claims;
using SealGuard.Web.Features.Identity;

namespace SealGuard.Web.Pages;

/// <summary>One entry of the console's side navigation: shown to a role whose pages' area it lies in and that has its capability.</summary>
public sealed record NavigationEntry(string Href, string Icon, string TextKey, ScopeKind Area, Capability Capability);

/// <summary>
/// The console navigation, read from <see cref="RoleCapabilities"/>: the page areas follow the role's scope (shop,
/// police, administration), each entry its capability. A role's home is its first entry.
/// </summary>
public static class Navigation
{
    public static readonly IReadOnlyList<NavigationEntry> Entries =
    [
        new("/Shop", "house", "Nav.ShopHome", ScopeKind.Shop, Capability.FileSeals),
        new("/Shop/Intake", "plus-square", "Nav.Intake", ScopeKind.Shop, Capability.FileSeals),
        new("/Shop/Seals", "list-ul", "Nav.ShopSeals", ScopeKind.Shop, Capability.SearchSeals),
        new("/Shop/Changes", "arrow-repeat", "Nav.ShopChanges", ScopeKind.Shop, Capability.FileOrganizationChanges),
        new("/Shop/Staff", "people", "Nav.Staff", ScopeKind.Shop, Capability.FileSeals),
        new("/Police", "bar-chart", "Nav.Dashboard", ScopeKind.Jurisdiction, Capability.ViewStatistics),
        new("/Police/Seals", "search", "Nav.PoliceSeals", ScopeKind.Jurisdiction, Capability.SearchSeals),
        new("/Police/Shops", "shop", "Nav.Shops", ScopeKind.Jurisdiction, Capability.SuperviseShops),
        new("/Police/Changes", "arrow-repeat", "Nav.PoliceChanges", ScopeKind.Jurisdiction, Capability.ReviewOrganizationChanges),
        new("/Police/Audit", "journal-text", "Nav.Audit", ScopeKind.Jurisdiction, Capability.ReadAuditLog),
        new("/Admin/Users", "person-gear", "Nav.Users", ScopeKind.Everything, Capability.AdministerUsers),
        new("/Admin/CodeTables", "table", "Nav.CodeTables", ScopeKind.Everything, Capability.EditCodeTables),
        new("/Admin/Divisions", "diagram-3", "Nav.Divisions", ScopeKind.Everything, Capability.EditCodeTables),
    ];

    public static IReadOnlyList<NavigationEntry> For(UserRole role) =>
        [.. Entries.Where(e => e.Area == RoleCapabilities.ScopeOf(role) && RoleCapabilities.Has(role, e.Capability))];

    /// <summary>The entries of the signed-in user's role; none for an anonymous visitor.</summary>
    public static IReadOnlyList<NavigationEntry> For(ClaimsPrincipal user) =>
        user is { Identity.IsAuthenticated: true } && Enum.TryParse<UserRole>(user.FindFirstValue("role"), out var role) && Enum.IsDefined(role)
            ? For(role)
            : [];

    /// <summary>Where a role lands after signing in.</summary>
    public static string HomeOf(UserRole role) => For(role)[0].Href;
}
