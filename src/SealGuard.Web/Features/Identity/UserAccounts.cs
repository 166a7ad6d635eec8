using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Divisions;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Identity;

/// <summary>
/// An account in the administrator's list: <c>Unit</c> as shown beside the name (<see cref="User.ShownUnit"/>),
/// <c>PoliceUnit</c> the police unit set on the account (<see cref="User.Unit"/>) if any, <c>JurisdictionName</c> the
/// divisions of the jurisdiction in words (empty for shop staff), <c>ShopCode</c> a shop account's shop and <c>StaffId</c>
/// the staff record (从业人员) it is linked to, without which it cannot work seals.
/// </summary>
public sealed record UserListItem(long Id, string UserName, string DisplayName, UserRole Role, string Unit, string? PoliceUnit, IReadOnlyList<string> Jurisdiction, string JurisdictionName, bool IsDisabled, bool IsLockedOut, DateTime CreatedAt,
    string? ShopCode = null, long? StaffId = null);

/// <summary>An account as handlers answer it to callers (pages, CLI, seeding), without its password hash or stamp.</summary>
public sealed record UserAccount(long Id, string UserName, string DisplayName, UserRole Role, long? ShopId, IReadOnlyList<string> Jurisdiction, long? StaffId = null)
{
    internal static UserAccount From(User user) => new(user.Id, user.UserName, user.DisplayName, user.Role, user.ShopId, user.JurisdictionPrefixes, user.StaffId);

    internal static Outcome<UserAccount> From(Outcome<User> outcome) => outcome.Value is { } user ? From(user) : outcome.Failure!;
}

/// <param name="Text">A fragment of the login name, the person's name or the unit (shop or jurisdiction name).</param>
/// <param name="RolesNamed">The roles whose name the text matches (the page knows the roles' words).</param>
/// <param name="Page">1-based page number.</param>
public sealed record UserSearch(string? Text, IReadOnlyList<UserRole> RolesNamed, int Page);

/// <summary>One page of accounts, how many match in all, and which page this is of how many.</summary>
public sealed record UserListPage(IReadOnlyList<UserListItem> Items, int Total, int Page, int PageCount);

/// <summary>
/// Accounts for the system administrator, with the unit they belong to (shop name or jurisdiction), ordered by role and
/// login. The text matches login, name and unit as the list shows them, so the unit is matched after naming it; the
/// accounts of one deployment are few enough to read at once.
/// </summary>
public sealed class ListUsersHandler(SealGuardDbContext db, TimeProvider clock)
{
    public const int PageSize = 50;

    public async Task<Outcome<UserListPage>> HandleAsync(Actor actor, UserSearch search, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.AdministerUsers))
        {
            return Failure.Forbidden();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await (from u in db.Users.AsNoTracking()
                          join s in db.Shops on u.ShopId equals s.Id into us
                          from s in us.DefaultIfEmpty()
                          orderby u.Role, u.UserName
                          select new { User = u, ShopName = s == null ? null : s.Name, ShopCode = s == null ? null : s.ShopCode }).ToListAsync(cancellationToken);
        var items = rows.Select(r => new UserListItem(r.User.Id, r.User.UserName, r.User.DisplayName, r.User.Role, r.User.ShownUnit(r.ShopName), r.User.Unit,
            r.User.JurisdictionPrefixes, r.User.JurisdictionPrefixes.Count > 0 ? DivisionCatalog.Default.JurisdictionName(r.User.JurisdictionPrefixes) : string.Empty,
            r.User.IsDisabled, r.User.IsLockedOut(now), r.User.CreatedAt, r.ShopCode, r.User.StaffId));
        if (search.Text?.Trim() is { Length: > 0 } text)
        {
            items = items.Where(u => search.RolesNamed.Contains(u.Role)
                || u.UserName.Contains(text, StringComparison.OrdinalIgnoreCase)
                || u.DisplayName.Contains(text, StringComparison.OrdinalIgnoreCase)
                || u.Unit.Contains(text, StringComparison.OrdinalIgnoreCase)
                || u.JurisdictionName.Contains(text, StringComparison.OrdinalIgnoreCase));
        }

        var matching = items.ToList();
        var pageCount = Math.Max(1, (matching.Count + PageSize - 1) / PageSize);
        var page = Math.Clamp(search.Page, 1, pageCount);
        return new UserListPage([.. matching.Skip((page - 1) * PageSize).Take(PageSize)], matching.Count, page, pageCount);
    }
}

/// <summary>The administrator locks or unlocks an account, or sets a new password; each is audited.</summary>
public sealed class ManageUserHandler(SealGuardDbContext db, UnitOfWork unitOfWork, AuditTrail audit, IPasswordHasher<User> hasher)
{
    public Task<Outcome<UserAccount>> LockAsync(Actor actor, string userName, CancellationToken cancellationToken) =>
        ChangeAsync(actor, userName, "User.Locked", user =>
        {
            // Locking oneself out would leave the system without an administrator to undo it.
            if (user.Id == actor.UserId)
            {
                return Failure.Rule("Forbidden");
            }

            user.Disable();
            return null;
        }, cancellationToken);

    public Task<Outcome<UserAccount>> UnlockAsync(Actor actor, string userName, CancellationToken cancellationToken) =>
        ChangeAsync(actor, userName, "User.Unlocked", user =>
        {
            user.Unlock();
            return null;
        }, cancellationToken);

    public Task<Outcome<UserAccount>> ResetPasswordAsync(Actor actor, string userName, string? password, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        UserAccess.CheckPassword(errors, password);
        if (errors.HasErrors)
        {
            return Task.FromResult<Outcome<UserAccount>>(errors.ToFailure());
        }

        return ChangeAsync(actor, userName, "User.PasswordReset", user =>
        {
            user.SetPasswordHash(hasher.HashPassword(user, password!));
            user.Unlock();
            return null;
        }, cancellationToken);
    }

    /// <summary>
    /// A new role with its shop or jurisdiction and police unit (<paramref name="unit"/>: none for shop roles); the user's
    /// open sessions end at once (new security stamp), so the header shows the new unit from the next sign-in.
    /// </summary>
    public async Task<Outcome<UserAccount>> ChangeAccessAsync(Actor actor, string userName, UserRole role, string? shopCode, IReadOnlyList<string> jurisdiction, string? unit, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        UserAccess.CheckScope(errors, role, shopCode, jurisdiction);
        UserAccess.CheckUnit(errors, unit);
        if (errors.HasErrors)
        {
            return errors.ToFailure();
        }

        var shop = await UserAccess.ResolveShopAsync(db, role, shopCode, cancellationToken);
        if (!shop.IsSuccess)
        {
            return shop.Failure!;
        }

        return await ChangeAsync(actor, userName, "User.AccessChanged", user =>
        {
            // An administrator demoting themselves could leave nobody to undo it.
            if (user.Id == actor.UserId && !RoleCapabilities.Has(role, Capability.AdministerUsers))
            {
                return Failure.Rule("Forbidden");
            }

            user.ChangeAccess(role, shop.Value, RoleCapabilities.ScopeOf(role) is ScopeKind.Shop ? [] : jurisdiction, UserAccess.UnitFor(role, unit));
            return null;
        }, cancellationToken);
    }

    /// <summary>Links a shop account to a staff record of its shop (or clears the link with null); audited.</summary>
    public Task<Outcome<UserAccount>> LinkStaffAsync(Actor actor, string userName, long? staffId, CancellationToken cancellationToken) =>
        ChangeAsync(actor, userName, "User.StaffLinked", async (user, ct) =>
        {
            if (await UserAccess.CheckStaffLinkAsync(db, user.Role, user.ShopId, staffId, user.Id, ct) is { } refused)
            {
                return refused;
            }

            user.LinkStaff(staffId);
            return null;
        }, cancellationToken);

    private Task<Outcome<UserAccount>> ChangeAsync(Actor actor, string userName, string action, Func<User, Failure?> change, CancellationToken cancellationToken) =>
        ChangeAsync(actor, userName, action, (user, _) => Task.FromResult(change(user)), cancellationToken);

    private async Task<Outcome<UserAccount>> ChangeAsync(Actor actor, string userName, string action, Func<User, CancellationToken, Task<Failure?>> change, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.AdministerUsers))
        {
            return Failure.Forbidden();
        }

        return UserAccount.From(await unitOfWork.ExecuteAsync<User>(async ct =>
        {
            var user = await db.Users.SingleOrDefaultAsync(u => u.UserName == userName, ct);
            if (user is null)
            {
                return Failure.NotFound();
            }

            if (await change(user, ct) is { } failure)
            {
                return failure;
            }

            audit.Record(actor, action, "User", user.UserName, detail: action == "User.StaffLinked" ? user.StaffId?.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
                division: await AuditScope.OfUserAsync(db, user, ct));
            return user;
        }, cancellationToken));
    }
}
