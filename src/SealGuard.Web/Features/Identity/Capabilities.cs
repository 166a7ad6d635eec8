namespace SealGuard.Web.Features.Identity;

/// <summary>What a user may do. Handlers ask <see cref="Actor.Can"/>, endpoints and page areas carry a policy per
/// capability (<see cref="Policies"/>), the navigation shows an entry only with its capability.</summary>
public enum Capability
{
    /// <summary>Take orders (受理) and work a filed seal in the shop: documents, engraving, imprint, delivery, the shop's staff and workload.</summary>
    FileSeals,

    /// <summary>Search the seals in one's scope.</summary>
    SearchSeals,

    /// <summary>Read a seal in one's scope with its images and filing documents (masked personal data).</summary>
    ViewSeals,

    /// <summary>Record loss (挂失), surrender (缴销) and scrapping (报废) of a seal in one's scope.</summary>
    ChangeSealLifeState,

    /// <summary>Full ID numbers, person searches and documents carrying personal data, with a purpose (audited).</summary>
    RevealPersonalData,

    /// <summary>Look an organization up by credit code to prefill a form (audited).</summary>
    LookUpOrganizations,

    /// <summary>An organization's record with all its seals across shops.</summary>
    ViewOrganizations,

    /// <summary>File a change (变更备案) of an organization's name or legal representative.</summary>
    FileOrganizationChanges,

    /// <summary>List and read the change filings in one's scope.</summary>
    ViewOrganizationChanges,

    /// <summary>Approve or reject a pending change filing.</summary>
    ReviewOrganizationChanges,

    /// <summary>核验: check a seal filing of one's scope or return it with reasons, optionally suspending its seals.</summary>
    ReviewSealFilings,

    /// <summary>Check codes, phones and seal faces as typed, and preview a seal face.</summary>
    CheckCodes,

    /// <summary>The filed shops of the jurisdiction with their staff and workload.</summary>
    SuperviseShops,

    /// <summary>Register an engraving shop with its staff (刻章业备案) in one's scope.</summary>
    RegisterShops,

    /// <summary>The seal figures of the jurisdiction.</summary>
    ViewStatistics,

    /// <summary>The audit log of one's scope.</summary>
    ReadAuditLog,

    /// <summary>Create users, change their roles and scopes, reset passwords.</summary>
    AdministerUsers,

    /// <summary>Add local codes and edit code table entries; browse the division catalogue.</summary>
    EditCodeTables,

    /// <summary>Work the alerts (预警) raised in the jurisdiction (supervision, next).</summary>
    HandleAlerts,

    /// <summary>Maintain the inspection checklists (supervision, next).</summary>
    ManageChecklists,

    /// <summary>Inspect shops and record findings and rectifications (supervision, next).</summary>
    Inspect,

    /// <summary>Record penalties against a shop (supervision, next).</summary>
    Penalise,
}

/// <summary>Which records a user's reads and writes are confined to.</summary>
public enum ScopeKind
{
    /// <summary>The user's own shop (<see cref="Actor.ShopId"/>); the shop pages' area.</summary>
    Shop,

    /// <summary>The division prefixes of the user's jurisdiction (<see cref="Actor.Jurisdiction"/>); the police pages' area.</summary>
    Jurisdiction,

    /// <summary>The whole deployment; the administration pages' area.</summary>
    Everything,
}

/// <summary>
/// The one table that maps a <see cref="UserRole"/> to anything: its scope and its capabilities. Policies, handlers
/// (<see cref="Actor.Can"/>), account checks, the navigation and the seeders all read it; a test keeps role spellings
/// out of every other file.
/// </summary>
public static class RoleCapabilities
{
    private static readonly Capability[] ShopWork =
    [
        Capability.FileSeals, Capability.SearchSeals, Capability.ViewSeals, Capability.ChangeSealLifeState, Capability.LookUpOrganizations,
        Capability.FileOrganizationChanges, Capability.ViewOrganizationChanges, Capability.CheckCodes,
    ];

    private static readonly Capability[] PoliceWork =
    [
        Capability.SearchSeals, Capability.ViewSeals, Capability.ChangeSealLifeState, Capability.RevealPersonalData, Capability.LookUpOrganizations,
        Capability.ViewOrganizations, Capability.ViewOrganizationChanges, Capability.ReviewOrganizationChanges, Capability.ReviewSealFilings,
        Capability.CheckCodes, Capability.SuperviseShops, Capability.ViewStatistics, Capability.HandleAlerts, Capability.Inspect, Capability.Penalise,
    ];

    private static readonly Dictionary<UserRole, (ScopeKind Scope, HashSet<Capability> Capabilities)> Table = new()
    {
        [UserRole.ShopOperator] = (ScopeKind.Shop, [.. ShopWork]),
        [UserRole.ShopManager] = (ScopeKind.Shop, [.. ShopWork]),
        [UserRole.PoliceOfficer] = (ScopeKind.Jurisdiction, [.. PoliceWork]),
        // The supervisor of the officers: also reads who did what, and sets what inspections check.
        [UserRole.PoliceAdmin] = (ScopeKind.Jurisdiction, [.. PoliceWork, Capability.ReadAuditLog, Capability.ManageChecklists, Capability.RegisterShops]),
        // Runs the deployment: accounts and reference data, and the audit log; never the seal work itself.
        [UserRole.SystemAdmin] = (ScopeKind.Everything, [Capability.AdministerUsers, Capability.EditCodeTables, Capability.ReadAuditLog, Capability.RegisterShops]),
    };

    public static bool Has(UserRole role, Capability capability) => Table.TryGetValue(role, out var entry) && entry.Capabilities.Contains(capability);

    public static ScopeKind ScopeOf(UserRole role) => Table[role].Scope;

    public static IReadOnlyList<UserRole> RolesWith(Capability capability) => [.. Table.Where(r => r.Value.Capabilities.Contains(capability)).Select(r => r.Key)];

    public static IReadOnlyList<UserRole> RolesScopedTo(ScopeKind scope) => [.. Table.Where(r => r.Value.Scope == scope).Select(r => r.Key)];
}
