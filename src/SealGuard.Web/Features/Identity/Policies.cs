using Microsoft.AspNetCore.Authorization;

namespace SealGuard.Web.Features.Identity;

/// <summary>
/// The authorization policies, all derived from <see cref="RoleCapabilities"/>: one per <see cref="Capability"/> for
/// endpoints, and one per page area (the shop, police and administration pages by the scope of the role).
/// </summary>
public static class Policies
{
    public const string Shop = "Shop";
    public const string Police = "Police";
    public const string Admin = "Admin";

    /// <summary>The name of the policy that admits the roles with <paramref name="capability"/>.</summary>
    public static string For(Capability capability) => "Can" + capability;

    public static void AddSealGuardPolicies(this AuthorizationOptions options)
    {
        foreach (var capability in Enum.GetValues<Capability>())
        {
            options.AddPolicy(For(capability), p => p.RequireRole(Names(RoleCapabilities.RolesWith(capability))));
        }

        options.AddPolicy(Shop, p => p.RequireRole(Names(RoleCapabilities.RolesScopedTo(ScopeKind.Shop))));
        options.AddPolicy(Police, p => p.RequireRole(Names(RoleCapabilities.RolesScopedTo(ScopeKind.Jurisdiction))));
        options.AddPolicy(Admin, p => p.RequireRole(Names(RoleCapabilities.RolesScopedTo(ScopeKind.Everything))));
    }

    /// <summary>Only the roles with <paramref name="capability"/> reach the endpoint (or every endpoint of the group).</summary>
    public static TBuilder RequireCapability<TBuilder>(this TBuilder builder, Capability capability)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(For(capability));

    private static IEnumerable<string> Names(IEnumerable<UserRole> roles) => roles.Select(r => r.ToString());
}
