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

    /// <summary>Register, correct and deregister the own shop's staff (从业人员登记/注销), for the police to accept.</summary>
    ManageStaff,

    /// <summary>Accept or return the staff registrations of the jurisdiction's shops (从业人员登记审核).</summary>
    DecideStaff,

    /// <summary>Draft, submit and re-file the own shop's filing (刻章业备案) for the police to accept.</summary>
    FileShopFiling,

    /// <summary>Accept or return the shop filings (刻章业备案) of the jurisdiction's shops.</summary>
    DecideShopFilings,

    /// <summary>The seal figures of the jurisdiction.</summary>
    ViewStatistics,

    /// <summary>The audit log of one's scope.</summary>
    ReadAuditLog,

    /// <summary>Create users, change their roles and scopes, reset passwords.</summary>
    AdministerUsers,

    /// <summary>Add local codes and edit code table entries; browse the division catalogue.</summary>
    EditCodeTables,

    /// <summary>Work the alerts (预警) raised in the jurisdiction: list, assign, close.</summary>
    HandleAlerts,

    /// <summary>Switch the alert rules on or off and set their thresholds (stored overrides of the configuration).</summary>
    ConfigureAlertRules,

    /// <summary>Maintain the inspection check-lists (监督检查表) and their versions.</summary>
    ManageChecklists,

    /// <summary>Inspect shops of the jurisdiction, read their inspections and rectifications, and recheck them.</summary>
    Inspect,

    /// <summary>Record penalties (行政处罚) against a shop of one's scope or its staff.</summary>
    Penalise,

    /// <summary>Suspend a shop of one's scope (暂停营业) and restore it to normal, with a reason.</summary>
    SuspendShops,

    /// <summary>Close a shop of one's scope (注销), which is final.</summary>
    CloseShops,

    /// <summary>Read the penalties and state history of one's scope: police their jurisdiction's, a shop its own.</summary>
    ViewPenalties,

    /// <summary>Keep the watch list (关注名单): add and remove persons by ID number, see it masked.</summary>
    ManageWatchList,

    /// <summary>Mark an organization of the jurisdiction deregistered (注销) or active again.</summary>
    SetOrganizationState,

    /// <summary>Report a suspicious situation (可疑情况): a shop about its customers, an officer in the jurisdiction.</summary>
    FileSuspiciousReports,

    /// <summary>Work the suspicious reports of the jurisdiction: assign and close them.</summary>
    HandleSuspiciousReports,

    /// <summary>Publish notices (通知公告) to the shops of the jurisdiction and see who has read them.</summary>
    PublishNotices,

    /// <summary>Read the notices addressed to one's shop.</summary>
    ReadNotices,

    /// <summary>The shop's own inspections and rectification notices: read them and mark items rectified for the recheck.</summary>
    RespondToRectifications,
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
        Capability.FileOrganizationChanges, Capability.ViewOrganizationChanges, Capability.CheckCodes, Capability.ViewPenalties,
        Capability.FileSuspiciousReports, Capability.ReadNotices, Capability.RespondToRectifications,
    ];

    private static readonly Capability[] PoliceWork =
    [
        Capability.SearchSeals, Capability.ViewSeals, Capability.ChangeSealLifeState, Capability.RevealPersonalData, Capability.LookUpOrganizations,
        Capability.ViewOrganizations, Capability.ViewOrganizationChanges, Capability.ReviewOrganizationChanges, Capability.ReviewSealFilings,
        Capability.CheckCodes, Capability.SuperviseShops, Capability.DecideStaff, Capability.DecideShopFilings, Capability.ViewStatistics, Capability.HandleAlerts, Capability.Inspect, Capability.Penalise,
        // Suspending is the officer's: it is what an inspection that finds a shop unsafe does on the spot, scoped, reasoned,
        // audited and undone by the same officer; closing is final, so only the bureau's supervisor decides it (PoliceAdmin).
        Capability.SuspendShops, Capability.ViewPenalties,
        Capability.SetOrganizationState, Capability.FileSuspiciousReports, Capability.HandleSuspiciousReports, Capability.PublishNotices,
    ];

    private static readonly Dictionary<UserRole, (ScopeKind Scope, HashSet<Capability> Capabilities)> Table = new()
    {
        [UserRole.ShopOperator] = (ScopeKind.Shop, [.. ShopWork]),
        // The manager also answers for who works in the shop.
        [UserRole.ShopManager] = (ScopeKind.Shop, [.. ShopWork, Capability.ManageStaff, Capability.FileShopFiling]),
        [UserRole.PoliceOfficer] = (ScopeKind.Jurisdiction, [.. PoliceWork]),
        // The supervisor of the officers: also reads who did what, and sets what inspections check.
        [UserRole.PoliceAdmin] = (ScopeKind.Jurisdiction, [.. PoliceWork, Capability.ReadAuditLog, Capability.ManageChecklists, Capability.RegisterShops, Capability.CloseShops, Capability.ManageWatchList, Capability.ConfigureAlertRules]),
        // Runs the deployment: accounts and reference data, and the audit log; never the seal work itself.
        [UserRole.SystemAdmin] = (ScopeKind.Everything, [Capability.AdministerUsers, Capability.EditCodeTables, Capability.ReadAuditLog, Capability.RegisterShops]),
    };

    public static bool Has(UserRole role, Capability capability) => Table.TryGetValue(role, out var entry) && entry.Capabilities.Contains(capability);

    public static ScopeKind ScopeOf(UserRole role) => Table[role].Scope;

    public static IReadOnlyList<UserRole> RolesWith(Capability capability) => [.. Table.Where(r => r.Value.Capabilities.Contains(capability)).Select(r => r.Key)];

    public static IReadOnlyList<UserRole> RolesScopedTo(ScopeKind scope) => [.. Table.Where(r => r.Value.Scope == scope).Select(r => r.Key)];
}
