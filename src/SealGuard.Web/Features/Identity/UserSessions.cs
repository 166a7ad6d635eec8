using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SealGuard.Web.Data;
using SealGuard.Web.Hosting;

namespace SealGuard.Web.Features.Identity;

/// <summary>
/// The sessions of signed-in users. Every authenticated request (bearer token or cookie) is checked here against the
/// database: its session must still exist and its security stamp must be the user's current one. That is one
/// primary-key lookup per request, and it holds across app nodes because nothing is cached.
/// </summary>
public sealed class UserSessions(SealGuardDbContext db, TimeProvider clock, IOptions<SealGuardOptions> options)
{
    public const string SessionClaim = "sid";
    public const string StampClaim = "stamp";

    // Expired rows are pruned only well after expiry, so a token within its clock skew keeps its session.
    private static readonly TimeSpan PruneAfter = TimeSpan.FromMinutes(5);

    private TimeSpan Lifetime => TimeSpan.FromMinutes(options.Value.Auth.TokenLifetimeMinutes);

    /// <summary>Records a new session inside the sign-in's unit of work, and prunes the user's long-expired ones.</summary>
    public async Task<UserSession> StartAsync(User user, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var stale = now - PruneAfter;
        await db.UserSessions.Where(s => s.UserId == user.Id && s.ExpiresAt < stale).ExecuteDeleteAsync(cancellationToken);
        var session = new UserSession(user.Id, now, now + Lifetime);
        db.UserSessions.Add(session);
        return session;
    }

    /// <summary>Whether the principal's session is still open and was issued with the user's current security stamp.</summary>
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (Read(principal) is not (var userId, var sessionId, var stamp))
        {
            return false;
        }

        return await db.UserSessions.AnyAsync(
            s => s.Id == sessionId && s.UserId == userId && db.Users.Any(u => u.Id == userId && u.SecurityStamp == stamp),
            cancellationToken);
    }

    /// <summary>A sliding cookie was renewed: its session lives as long as the renewed cookie.</summary>
    public async Task ExtendAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (Read(principal) is (_, var sessionId, _))
        {
            var expiresAt = clock.GetUtcNow().UtcDateTime + Lifetime;
            await db.UserSessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(s => s.SetProperty(x => x.ExpiresAt, expiresAt), cancellationToken);
        }
    }

    /// <summary>Ends the principal's session: its token or cookie is refused from the next request on.</summary>
    public async Task EndAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (Read(principal) is (_, var sessionId, _))
        {
            await db.UserSessions.Where(s => s.Id == sessionId).ExecuteDeleteAsync(cancellationToken);
        }
    }

    private static (long UserId, string SessionId, string Stamp)? Read(ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirstValue("sub"), NumberStyles.None, CultureInfo.InvariantCulture, out var userId)
            && principal.FindFirstValue(SessionClaim) is { Length: > 0 } sessionId
            && principal.FindFirstValue(StampClaim) is { Length: > 0 } stamp
            ? (userId, sessionId, stamp)
            : null;
}
