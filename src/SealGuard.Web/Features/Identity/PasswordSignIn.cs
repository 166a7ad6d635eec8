using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Hosting;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Identity;

public sealed record TokenRequest(string? Username, string? Password);

public sealed record TokenResponse(string AccessToken, DateTime ExpiresAt);

/// <summary>
/// Password sign-in with lockout (after MaxFailedLogins failures the account is locked for LockoutMinutes), shared
/// by the API token endpoint and the login page.
/// </summary>
public sealed class PasswordSignInHandler(
    SealGuardDbContext db,
    UnitOfWork unitOfWork,
    AuditTrail audit,
    IPasswordHasher<User> hasher,
    TimeProvider clock,
    IOptions<SealGuardOptions> options)
{
    public Task<Outcome<User>> HandleAsync(TokenRequest request, string? clientAddress, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Username) || string.IsNullOrEmpty(request.Password))
        {
            return Task.FromResult<Outcome<User>>(Unauthorized());
        }

        return unitOfWork.ExecuteAsync<User>(async ct =>
        {
            var auth = options.Value.Auth;
            var now = clock.GetUtcNow().UtcDateTime;
            var user = await db.Users.SingleOrDefaultAsync(u => u.UserName == request.Username.Trim(), ct);
            if (user is null)
            {
                return Unauthorized();
            }

            var actor = new Actor(user.Id, user.UserName, user.Role, user.ShopId, user.JurisdictionPrefixes, clientAddress);
            if (user.IsLockedOut(now))
            {
                // Recorded, but the outcome must not reveal whether the password was right.
                audit.Record(actor, "Auth.LockedOut", "User", user.UserName, division: await AuditScope.OfUserAsync(db, user, ct));
                return new Failure(FailureKind.Unauthorized, "Auth.LockedOut", Core.Codes.Messages.Get("Auth.LockedOut"));
            }

            if (hasher.VerifyHashedPassword(user, user.PasswordHash, request.Password) == PasswordVerificationResult.Failed)
            {
                user.RecordFailedLogin(now, auth.MaxFailedLogins, TimeSpan.FromMinutes(auth.LockoutMinutes));
                audit.Record(actor, "Auth.Failed", "User", user.UserName, division: await AuditScope.OfUserAsync(db, user, ct));
                return Unauthorized();
            }

            user.RecordSuccessfulLogin();
            audit.Record(actor, "Auth.SignedIn", "User", user.UserName, division: await AuditScope.OfUserAsync(db, user, ct));
            return user;
        }, cancellationToken, commitFailures: true);
    }

    private static Failure Unauthorized() => new(FailureKind.Unauthorized, "Auth.Invalid", Core.Codes.Messages.Get("Auth.Invalid"));
}
