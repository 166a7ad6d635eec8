using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Codes;
using SealGuard.Core.Divisions;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Identity;

public sealed record NewUser(string? UserName, string? DisplayName, string? Password, UserRole Role, string? ShopCode, IReadOnlyList<string> Jurisdiction);

/// <summary>Creates accounts: shop roles are bound to an existing shop, police roles to division prefixes of a jurisdiction.</summary>
public sealed partial class UserAdministration(SealGuardDbContext db, UnitOfWork unitOfWork, AuditTrail audit, IPasswordHasher<User> hasher, TimeProvider clock)
{
    public const int MinPasswordLength = 8;

    public async Task<Outcome<User>> AddAsync(Actor actor, NewUser input, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (input.UserName is null || !UserNamePattern().IsMatch(input.UserName))
        {
            errors.Add("userName", Messages.Get("User.InvalidUserName"));
        }

        errors.Required("displayName", input.DisplayName);
        errors.MaxLength("displayName", input.DisplayName, 64);
        if (input.Password is null || input.Password.Length < MinPasswordLength || !input.Password.Any(char.IsLetter) || !input.Password.Any(char.IsDigit))
        {
            errors.Add("password", Messages.Get("User.WeakPassword", MinPasswordLength));
        }

        var isShopRole = input.Role is UserRole.ShopOperator or UserRole.ShopManager;
        if (isShopRole && string.IsNullOrWhiteSpace(input.ShopCode))
        {
            errors.Add("shopCode", Messages.Get("User.ShopRequired"));
        }

        if (input.Role is UserRole.PoliceOfficer or UserRole.PoliceAdmin && input.Jurisdiction.Count == 0)
        {
            errors.Add("jurisdiction", Messages.Get("User.JurisdictionRequired"));
        }

        foreach (var prefix in input.Jurisdiction)
        {
            if (prefix.Length is not (2 or 4 or 6) || !DivisionCatalog.Default.Contains(prefix.PadRight(6, '0')))
            {
                errors.Add("jurisdiction", Messages.Get("User.InvalidJurisdiction", prefix));
            }
        }

        if (errors.HasErrors)
        {
            return errors.ToFailure();
        }

        return await unitOfWork.ExecuteAsync<User>(async ct =>
        {
            if (await db.Users.AnyAsync(u => u.UserName == input.UserName, ct))
            {
                return Failure.Rule("User.Exists");
            }

            long? shopId = null;
            if (isShopRole)
            {
                shopId = await db.Shops.Where(s => s.ShopCode == input.ShopCode).Select(s => (long?)s.Id).SingleOrDefaultAsync(ct);
                if (shopId is null)
                {
                    return Failure.Validation("shopCode", new CodeError("Shop.NotFound", Messages.Get("Shop.NotFound")));
                }
            }

            var user = new User(input.UserName!, input.DisplayName!.Trim(), input.Role, shopId, isShopRole ? [] : input.Jurisdiction, clock.GetUtcNow().UtcDateTime);
            user.PasswordHash = hasher.HashPassword(user, input.Password!);
            db.Users.Add(user);
            audit.Record(actor, "User.Created", "User", user.UserName, detail: $"{user.Role};{input.ShopCode};{user.Jurisdiction}");
            return user;
        }, cancellationToken);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{2,63}$")]
    private static partial Regex UserNamePattern();
}
