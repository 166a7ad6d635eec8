using SealGuard.Core.Divisions;

namespace SealGuard.Web.Features.Identity;

/// <summary>A person who signs in: shop staff (bound to one shop) or police (bound to a jurisdiction).</summary>
public sealed class User
{
    public long Id { get; private set; }
    public string UserName { get; private set; } = null!;
    public string DisplayName { get; private set; } = null!;
    public string PasswordHash { get; private set; } = null!;
    public UserRole Role { get; private set; }
    public long? ShopId { get; private set; }

    /// <summary>
    /// The shop staff record (从业人员) this shop account belongs to; only an account linked to accepted staff of its shop
    /// may take intakes and work seals (<see cref="SealGuard.Core.Shops.StaffRules.CheckOperator"/>). Set by the administrator.
    /// </summary>
    public long? StaffId { get; private set; }

    /// <summary>
    /// The police unit the person works in (e.g. 新乡市公安局红旗分局), shown beside their name; none for shop staff, whose
    /// unit is their shop.
    /// </summary>
    public string? Unit { get; private set; }

    /// <summary>Division code prefixes the user may see, separated by ';' (e.g. "4107" = all of 新乡市).</summary>
    public string Jurisdiction { get; private set; } = string.Empty;

    public int FailedLoginCount { get; private set; }
    public DateTime? LockedUntil { get; private set; }
    public bool IsDisabled { get; private set; }
    public DateTime CreatedAt { get; private set; }

    /// <summary>
    /// Changes whenever what a signed-in session may do changes (disabled, new role, shop or jurisdiction, new password).
    /// Tokens and cookies carry the stamp they were issued with; one with an older stamp is refused.
    /// </summary>
    public string SecurityStamp { get; private set; } = NewStamp();

    private User()
    {
    }

    public User(string userName, string displayName, UserRole role, long? shopId, IEnumerable<string> jurisdiction, DateTime now, string? unit = null)
    {
        UserName = userName;
        DisplayName = displayName;
        Unit = unit;
        Role = role;
        ShopId = shopId;
        Jurisdiction = string.Join(';', jurisdiction);
        CreatedAt = now;
    }

    /// <summary>
    /// The unit shown beside the name (header, user list, audit log): the shop's name for shop staff, else the police
    /// unit, else (a police user without one) the divisions of the jurisdiction; nothing for an administrator without one.
    /// </summary>
    public string ShownUnit(string? shopName) =>
        shopName ?? Unit ?? (JurisdictionPrefixes.Count > 0 ? DivisionCatalog.Default.JurisdictionName(JurisdictionPrefixes) : string.Empty);

    public IReadOnlyList<string> JurisdictionPrefixes =>
        Jurisdiction.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public bool IsLockedOut(DateTime now) => IsDisabled || (LockedUntil is { } until && until > now);

    public void RecordFailedLogin(DateTime now, int maxFailures, TimeSpan lockout)
    {
        FailedLoginCount++;
        if (FailedLoginCount >= maxFailures)
        {
            LockedUntil = now + lockout;
            FailedLoginCount = 0;
        }
    }

    public void RecordSuccessfulLogin()
    {
        FailedLoginCount = 0;
        LockedUntil = null;
    }

    /// <summary>An administrator disables the account; it stays so until unlocked (unlike the timed lockout).</summary>
    public void Disable()
    {
        IsDisabled = true;
        SecurityStamp = NewStamp();
    }

    /// <summary>Links the account to a staff record of its shop, or clears the link (null).</summary>
    public void LinkStaff(long? staffId) => StaffId = staffId;

    public void ChangeAccess(UserRole role, long? shopId, IEnumerable<string> jurisdiction, string? unit)
    {
        // Another shop's (or no shop's) account cannot stay linked to this shop's staff.
        if (shopId != ShopId)
        {
            StaffId = null;
        }

        Role = role;
        Unit = unit;
        ShopId = shopId;
        Jurisdiction = string.Join(';', jurisdiction);
        SecurityStamp = NewStamp();
    }

    /// <summary>A new password (set at creation or reset) ends every session signed in with the old one.</summary>
    public void SetPasswordHash(string passwordHash)
    {
        PasswordHash = passwordHash;
        SecurityStamp = NewStamp();
    }

    /// <summary>Clears both the administrator's lock and a timed lockout after failed sign-ins.</summary>
    public void Unlock()
    {
        IsDisabled = false;
        LockedUntil = null;
        FailedLoginCount = 0;
    }

    private static string NewStamp() => Guid.NewGuid().ToString("N");
}
