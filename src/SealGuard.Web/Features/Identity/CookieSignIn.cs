using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Divisions;
using SealGuard.Web.Data;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Identity;

/// <summary>What the login page puts in its cookie: the session's claims (with the unit shown in the header) and where the user goes.</summary>
public sealed record CookieSignIn(IReadOnlyList<Claim> Claims, UserRole Role);

/// <summary>
/// The login page's sign-in: the same password check as the token endpoint (<see cref="PasswordSignInHandler"/>),
/// then the claims of the cookie, so the page itself never reads the database.
/// </summary>
public sealed class CookieSignInHandler(PasswordSignInHandler signIn, SealGuardDbContext db)
{
    public async Task<Outcome<CookieSignIn>> HandleAsync(TokenRequest request, string? clientAddress, CancellationToken cancellationToken)
    {
        var outcome = await signIn.HandleAsync(request, clientAddress, cancellationToken);
        if (outcome.Value is not { User: var user, Session: var session })
        {
            return outcome.Failure!;
        }

        var claims = TokenService.Claims(user, session).ToList();
        claims.Add(new Claim("unit", await UnitAsync(user, cancellationToken)));
        return new CookieSignIn(claims, user.Role);
    }

    /// <summary>
    /// The unit shown in the header: the shop's name, the police unit, or (a police user without one) the divisions of
    /// the jurisdiction; nothing for a system administrator without a unit.
    /// </summary>
    private async Task<string> UnitAsync(User user, CancellationToken cancellationToken)
    {
        if (user.ShopId is { } shopId)
        {
            return await db.Shops.Where(s => s.Id == shopId).Select(s => s.Name).SingleAsync(cancellationToken);
        }

        return user.Unit ?? (user.JurisdictionPrefixes.Count > 0 ? DivisionCatalog.Default.JurisdictionName(user.JurisdictionPrefixes) : string.Empty);
    }
}
