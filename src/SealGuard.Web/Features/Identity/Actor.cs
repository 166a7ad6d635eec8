using System.Globalization;
using System.Security.Claims;
using SealGuard.Core.Filings;

namespace SealGuard.Web.Features.Identity;

/// <summary>
/// Who is acting and what they may see: shop users their own shop, police users the division prefixes of their
/// jurisdiction. Handlers take it explicitly so the API, the pages and the CLI share one code path.
/// </summary>
public sealed record Actor(long UserId, string UserName, UserRole Role, long? ShopId, IReadOnlyList<string> Jurisdiction, string? ClientAddress)
{
    public const string ShopIdClaim = "shop_id";
    public const string JurisdictionClaim = "jurisdiction";

    /// <summary>The system itself (CLI, seeding); it sees everything and is named in the audit log.</summary>
    public static readonly Actor System = new(0, "system", UserRole.SystemAdmin, null, [string.Empty], null);

    /// <summary>The person's name as the account shows it (the <c>display_name</c> claim); null for the system and the CLI.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Who a printout names as its printer (内部资料 · 打印人): the person's name with the login, or the login alone.</summary>
    public string PrintName => DisplayName is { Length: > 0 } name && name != UserName ? $"{name}（{UserName}）" : UserName;

    /// <summary>Whether the role may do <paramref name="capability"/> (<see cref="RoleCapabilities"/>).</summary>
    public bool Can(Capability capability) => RoleCapabilities.Has(Role, capability);

    /// <summary>What the actor's reads and writes are confined to: their shop, their jurisdiction or everything.</summary>
    public ScopeKind Scope => RoleCapabilities.ScopeOf(Role);

    public EventActor ToEventActor() => new(UserId, UserName);

    public bool CanSeeDivision(string divisionCode) =>
        Jurisdiction.Any(prefix => divisionCode.StartsWith(prefix, StringComparison.Ordinal));

    public static Actor FromPrincipal(ClaimsPrincipal principal, string? clientAddress)
    {
        var id = long.Parse(principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? principal.FindFirstValue("sub") ?? "0", CultureInfo.InvariantCulture);
        var name = principal.FindFirstValue("name") ?? string.Empty;
        var role = Enum.Parse<UserRole>(principal.FindFirstValue("role") ?? nameof(UserRole.ShopOperator));
        var shop = principal.FindFirstValue(ShopIdClaim) is { } s ? long.Parse(s, CultureInfo.InvariantCulture) : (long?)null;
        var jurisdiction = principal.FindAll(JurisdictionClaim).Select(c => c.Value).ToList();
        return new Actor(id, name, role, shop, jurisdiction, clientAddress) { DisplayName = principal.FindFirstValue("display_name") };
    }

    /// <summary>Minimal API binding: the signed-in user of the request.</summary>
    public static ValueTask<Actor?> BindAsync(HttpContext context) =>
        ValueTask.FromResult<Actor?>(context.User.Identity?.IsAuthenticated == true
            ? FromPrincipal(context.User, context.Connection.RemoteIpAddress?.ToString())
            : null);
}
