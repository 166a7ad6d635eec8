using SealGuard.Web.Features.Alerts;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.Codes;
using SealGuard.Web.Features.CodeTables;
using SealGuard.Web.Features.Divisions;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Inspections;
using SealGuard.Web.Features.Intake;
using SealGuard.Web.Features.Notices;
using SealGuard.Web.Features.Organizations;
using SealGuard.Web.Features.PersonalData;
using SealGuard.Web.Features.Reports;
using SealGuard.Web.Features.Reviews;
using SealGuard.Web.Features.Seals;
using SealGuard.Web.Features.Shops;
using SealGuard.Web.Features.SuspiciousReports;
using SealGuard.Web.Features.Validation;
using SealGuard.Web.Features.Verification;
using SealGuard.Web.Features.WatchList;
using SealGuard.Web.Seeding;

namespace SealGuard.Web.Hosting;

/// <summary>The module table: every feature the executable has, in registration order. A new feature adds its line here.</summary>
public static class FeatureModules
{
    public static readonly IReadOnlyList<IFeatureModule> All =
    [
        // Key material is resolved in this order at start-up, so the first missing key named is the personal-data key.
        new PersonalDataModule(),
        new AuditModule(),
        new IdentityModule(),
        new DivisionsModule(),
        new CodeTablesModule(),
        new CodesModule(),
        new OrganizationsModule(),
        new ShopsModule(),
        new IntakeModule(),
        new SealsModule(),
        new ReviewsModule(),
        new VerificationModule(),
        new ValidationModule(),
        new ReportsModule(),
        new WatchListModule(),
        new SuspiciousReportsModule(),
        new NoticesModule(),
        new AlertsModule(),
        new InspectionsModule(),
        new SeedingModule(),
    ];
}

/// <summary>
/// The modules that run on this node (its configured role) and those of the table that do not, registered as a
/// singleton by <see cref="SealGuardServices.AddSealGuardCore"/>.
/// </summary>
public sealed class NodeModules(IReadOnlyList<IFeatureModule> active)
{
    public IReadOnlyList<IFeatureModule> Active => active;

    /// <summary>The table's other modules: their pages are not served here.</summary>
    public IReadOnlyList<IFeatureModule> Inactive { get; } = FeatureModules.All.Except(active).ToList();

    /// <summary>The node's modules while the host is being built (after <see cref="SealGuardServices.AddSealGuardCore"/>).</summary>
    public static NodeModules Of(IServiceCollection services) =>
        services.Single(d => d.ServiceType == typeof(NodeModules)).ImplementationInstance as NodeModules
        ?? throw new InvalidOperationException("AddSealGuardCore registers the node's modules.");
}
