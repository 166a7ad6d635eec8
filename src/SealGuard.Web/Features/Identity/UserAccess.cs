using Microsoft.EntityFrameworkCore;
using SealGuard.Core;
using SealGuard.Core.Codes;
using SealGuard.Core.Divisions;
using SealGuard.Web.Data;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Identity;

/// <summary>
/// What a user may see, checked the same way when an account is created and when its role changes: shop-scoped roles
/// (<see cref="RoleCapabilities.ScopeOf"/>) are bound to an existing shop, jurisdiction-scoped roles to division
/// prefixes (2, 4 or 6 digits of an existing division). Also the password and unit rules shared by creation and later changes.
/// </summary>
public static class UserAccess
{
    public const int MinPasswordLength = 8;

    public static void CheckPassword(ValidationErrors errors, string? password)
    {
        if (password is null || password.Length < MinPasswordLength || !password.Any(char.IsLetter) || !password.Any(char.IsDigit))
        {
            errors.Add("password", Messages.Get("User.WeakPassword", MinPasswordLength));
        }
    }

    /// <summary>The police unit fits the column (<see cref="FieldLimits.DisplayName"/>, as the name beside it).</summary>
    public static void CheckUnit(ValidationErrors errors, string? unit) => errors.MaxLength("unit", unit?.Trim(), FieldLimits.DisplayName);

    /// <summary>The unit stored for an account: trimmed, none when blank or for shop staff (their unit is their shop).</summary>
    public static string? UnitFor(UserRole role, string? unit) =>
        RoleCapabilities.ScopeOf(role) is ScopeKind.Shop || string.IsNullOrWhiteSpace(unit) ? null : unit.Trim();

    public static void CheckScope(ValidationErrors errors, UserRole role, string? shopCode, IReadOnlyCollection<string> jurisdiction)
    {
        if (RoleCapabilities.ScopeOf(role) is ScopeKind.Shop && string.IsNullOrWhiteSpace(shopCode))
        {
            errors.Add("shopCode", Messages.Get("User.ShopRequired"));
        }

        if (RoleCapabilities.ScopeOf(role) is ScopeKind.Jurisdiction && jurisdiction.Count == 0)
        {
            errors.Add("jurisdiction", Messages.Get("User.JurisdictionRequired"));
        }

        foreach (var prefix in jurisdiction)
        {
            if (prefix.Length is not (2 or 4 or 6) || !DivisionCatalog.Default.Contains(prefix.PadRight(6, '0')))
            {
                errors.Add("jurisdiction", Messages.Get("User.InvalidJurisdiction", prefix));
            }
        }
    }

    /// <summary>The shop id of a shop role's shop code; a failure when the shop does not exist; null for other roles.</summary>
    public static async Task<Outcome<long?>> ResolveShopAsync(SealGuardDbContext db, UserRole role, string? shopCode, CancellationToken cancellationToken)
    {
        if (RoleCapabilities.ScopeOf(role) is not ScopeKind.Shop)
        {
            return (long?)null;
        }

        var shopId = await db.Shops.Where(s => s.ShopCode == shopCode).Select(s => (long?)s.Id).SingleOrDefaultAsync(cancellationToken);
        return shopId is null
            ? Failure.Validation("shopCode", new CodeError("Shop.NotFound", Messages.Get("Shop.NotFound")))
            : shopId;
    }

    /// <summary>
    /// Checks that <paramref name="staffId"/> (when given) is a staff record of the account's shop that no other account
    /// is linked to; a link makes the account's work attributable to that person (ADR 0011).
    /// </summary>
    public static async Task<Failure?> CheckStaffLinkAsync(SealGuardDbContext db, UserRole role, long? shopId, long? staffId, long? userId, CancellationToken cancellationToken)
    {
        if (staffId is null)
        {
            return null;
        }

        if (RoleCapabilities.ScopeOf(role) is not ScopeKind.Shop)
        {
            return Failure.Validation("staffId", new CodeError("Staff.UserNotShopRole", Messages.Get("Staff.UserNotShopRole")));
        }

        if (!await db.ShopStaff.AnyAsync(s => s.Id == staffId && s.ShopId == shopId, cancellationToken))
        {
            return Failure.Validation("staffId", new CodeError("Staff.NotFound", Messages.Get("Staff.NotFound")));
        }

        return await db.Users.AnyAsync(u => u.StaffId == staffId && u.Id != userId, cancellationToken)
            ? Failure.Rule(new CodeError("Staff.UserAlreadyLinked", Messages.Get("Staff.UserAlreadyLinked")), "staffId")
            : null;
    }
}
