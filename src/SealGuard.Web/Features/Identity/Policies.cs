namespace SealGuard.Web.Features.Identity;

public static class Policies
{
    public const string Shop = "Shop";
    public const string Police = "Police";
    public const string ShopOrPolice = "ShopOrPolice";
    public const string Admin = "Admin";

    public static void AddSealGuardPolicies(this Microsoft.AspNetCore.Authorization.AuthorizationOptions options)
    {
        options.AddPolicy(Shop, p => p.RequireRole(nameof(UserRole.ShopOperator), nameof(UserRole.ShopManager)));
        options.AddPolicy(Police, p => p.RequireRole(nameof(UserRole.PoliceOfficer), nameof(UserRole.PoliceAdmin)));
        options.AddPolicy(ShopOrPolice, p => p.RequireRole(nameof(UserRole.ShopOperator), nameof(UserRole.ShopManager), nameof(UserRole.PoliceOfficer), nameof(UserRole.PoliceAdmin)));
        options.AddPolicy(Admin, p => p.RequireRole(nameof(UserRole.SystemAdmin)));
    }
}
