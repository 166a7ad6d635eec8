using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core;
using SealGuard.Core.Codes;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Identity;

/// <summary>A new account; <c>Unit</c> is the police unit shown beside the name (<see cref="User.Unit"/>), shop staff have their shop.
/// <c>StaffId</c> links a shop account to its person's staff record (从业人员), without which it cannot take intakes or work seals.</summary>
public sealed record NewUser(string? UserName, string? DisplayName, string? Password, UserRole Role, string? ShopCode, IReadOnlyList<string> Jurisdiction, string? Unit = null, long? StaffId = null);

/// <summary>Creates accounts: shop roles are bound to an existing shop, police roles to division prefixes of a jurisdiction.</summary>
public sealed partial class AddUserHandler(SealGuardDbContext db, UnitOfWork unitOfWork, AuditTrail audit, IPasswordHasher<User> hasher, TimeProvider clock)
{
    public async Task<Outcome<UserAccount>> AddAsync(Actor actor, NewUser input, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (input.UserName is null || !UserNamePattern().IsMatch(input.UserName))
        {
            errors.Add("userName", Messages.Get("User.InvalidUserName"));
        }

        errors.Required("displayName", input.DisplayName);
        errors.MaxLength("displayName", input.DisplayName, FieldLimits.DisplayName);
        UserAccess.CheckUnit(errors, input.Unit);
        UserAccess.CheckPassword(errors, input.Password);
        UserAccess.CheckScope(errors, input.Role, input.ShopCode, input.Jurisdiction);
        if (errors.HasErrors)
        {
            return errors.ToFailure();
        }

        var created = await unitOfWork.ExecuteAsync<User>(async ct =>
        {
            if (await db.Users.AnyAsync(u => u.UserName == input.UserName, ct))
            {
                return Failure.Rule("User.Exists");
            }

            var shop = await UserAccess.ResolveShopAsync(db, input.Role, input.ShopCode, ct);
            if (!shop.IsSuccess)
            {
                return shop.Failure!;
            }

            if (await UserAccess.CheckStaffLinkAsync(db, input.Role, shop.Value, input.StaffId, null, ct) is { } badLink)
            {
                return badLink;
            }

            var user = new User(input.UserName!, input.DisplayName!.Trim(), input.Role, shop.Value, RoleCapabilities.ScopeOf(input.Role) is ScopeKind.Shop ? [] : input.Jurisdiction, clock.GetUtcNow().UtcDateTime,
                UserAccess.UnitFor(input.Role, input.Unit));
            user.LinkStaff(input.StaffId);
            user.SetPasswordHash(hasher.HashPassword(user, input.Password!));
            db.Users.Add(user);
            audit.Record(actor, "User.Created", "User", user.UserName, detail: $"{user.Role};{input.ShopCode};{user.Jurisdiction}" + (input.StaffId is { } staffId ? ";staff " + staffId.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty), division: await AuditScope.OfUserAsync(db, user, ct));
            return user;
        }, cancellationToken);

        // Mapped after the unit: the new user's id is only known once it is saved.
        return UserAccount.From(created);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{2,63}$")]
    private static partial Regex UserNamePattern();
}
