using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
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

    /// <summary>The unit shown in the header (<see cref="User.ShownUnit"/>).</summary>
    private async Task<string> UnitAsync(User user, CancellationToken cancellationToken) =>
        user.ShownUnit(user.ShopId is { } shopId ? await db.Shops.Where(s => s.Id == shopId).Select(s => s.Name).SingleAsync(cancellationToken) : null);
}
