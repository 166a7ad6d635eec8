using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using SealGuard.Web.Features.Identity;
using static SealGuard.Web.Features.Identity.Capability;

namespace SealGuard.Web.Tests.Features.Identity;

/// <summary>Who may do what, as the bureau decided it: the capability table read as a requirement.</summary>
public sealed class RoleCapabilitiesTests
{
    private static readonly Capability[] Shop =
        [FileSeals, SearchSeals, ViewSeals, ChangeSealLifeState, LookUpOrganizations, FileOrganizationChanges, ViewOrganizationChanges, CheckCodes, ViewPenalties, FileSuspiciousReports, ReadNotices, RespondToRectifications];

    private static readonly Capability[] Police =
    [
        SearchSeals, ViewSeals, ChangeSealLifeState, RevealPersonalData, LookUpOrganizations, ViewOrganizations, ViewOrganizationChanges,
        ReviewOrganizationChanges, ReviewSealFilings, CheckCodes, SuperviseShops, DecideStaff, DecideShopFilings, ViewStatistics, HandleAlerts, Inspect, Penalise, SuspendShops, ViewPenalties,
        SetOrganizationState, FileSuspiciousReports, HandleSuspiciousReports, PublishNotices,
    ];

    private static readonly Dictionary<UserRole, (ScopeKind Scope, Capability[] Capabilities)> Expected = new()
    {
        [UserRole.ShopOperator] = (ScopeKind.Shop, Shop),
        [UserRole.ShopManager] = (ScopeKind.Shop, [.. Shop, ManageStaff, FileShopFiling]),
        [UserRole.PoliceOfficer] = (ScopeKind.Jurisdiction, Police),
        [UserRole.PoliceAdmin] = (ScopeKind.Jurisdiction, [.. Police, ReadAuditLog, ManageChecklists, RegisterShops, CloseShops, ManageWatchList, ConfigureAlertRules]),
        [UserRole.SystemAdmin] = (ScopeKind.Everything, [AdministerUsers, EditCodeTables, ReadAuditLog, RegisterShops]),
    };

    public static TheoryData<UserRole> Roles => [.. Enum.GetValues<UserRole>()];

    [Theory]
    [MemberData(nameof(Roles))]
    public void Each_role_has_exactly_its_capabilities_and_scope(UserRole role)
    {
        var actor = new Actor(1, "someone", role, null, [], null);
        var (scope, capabilities) = Expected[role];

        actor.Scope.ShouldBe(scope);
        Enum.GetValues<Capability>().Where(actor.Can).Order().ShouldBe(capabilities.Order());
    }

    [Fact]
    public void Every_capability_is_given_to_someone()
    {
        Enum.GetValues<Capability>().Where(c => RoleCapabilities.RolesWith(c).Count == 0).ShouldBeEmpty();
    }

    [Fact]
    public void The_finer_permissions_follow_the_table()
    {
        RoleCapabilities.Has(UserRole.PoliceOfficer, ReadAuditLog).ShouldBeFalse();
        RoleCapabilities.Has(UserRole.PoliceAdmin, ReadAuditLog).ShouldBeTrue();
        RoleCapabilities.Has(UserRole.ShopOperator, RevealPersonalData).ShouldBeFalse();
        RoleCapabilities.Has(UserRole.ShopManager, RevealPersonalData).ShouldBeFalse();
        RoleCapabilities.Has(UserRole.SystemAdmin, FileSeals).ShouldBeFalse();
        RoleCapabilities.Has(UserRole.SystemAdmin, SearchSeals).ShouldBeFalse();
        RoleCapabilities.Has(UserRole.PoliceOfficer, SuspendShops).ShouldBeTrue();
        RoleCapabilities.Has(UserRole.PoliceOfficer, CloseShops).ShouldBeFalse();
    }

    [Fact]
    public async Task Each_capability_policy_admits_exactly_the_roles_of_the_table()
    {
        using var services = new ServiceCollection().AddLogging().AddAuthorization(a => a.AddSealGuardPolicies()).BuildServiceProvider();
        var authorization = services.GetRequiredService<IAuthorizationService>();

        var wrong = new List<string>();
        foreach (var role in Enum.GetValues<UserRole>())
        {
            var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim("role", role.ToString())], "test", "name", "role"));
            foreach (var capability in Enum.GetValues<Capability>())
            {
                var admitted = (await authorization.AuthorizeAsync(user, Policies.For(capability))).Succeeded;
                if (admitted != RoleCapabilities.Has(role, capability))
                {
                    wrong.Add($"{role} {capability}: {(admitted ? "admitted" : "refused")}");
                }
            }

            foreach (var (policy, scope) in new[] { (Policies.Shop, ScopeKind.Shop), (Policies.Police, ScopeKind.Jurisdiction), (Policies.Admin, ScopeKind.Everything) })
            {
                if ((await authorization.AuthorizeAsync(user, policy)).Succeeded != (RoleCapabilities.ScopeOf(role) == scope))
                {
                    wrong.Add($"{role} area {policy}");
                }
            }
        }

        wrong.ShouldBeEmpty();
    }
}
