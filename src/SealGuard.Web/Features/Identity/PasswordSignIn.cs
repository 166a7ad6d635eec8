using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Hosting;
using SealGuard.Web.Infrastructure.Outcomes;
using SealGuard.Web.Seeding.Demo;

namespace SealGuard.Web.Features.Identity;

public sealed record TokenRequest(string? Username, string? Password);

public sealed record TokenResponse(string AccessToken, DateTime ExpiresAt);

/// <summary>A successful sign-in: the user and the session its token or cookie will carry.</summary>
public sealed record SignedIn(User User, UserSession Session);

/// <summary>
/// Password sign-in with lockout (after MaxFailedLogins failures the account is locked for LockoutMinutes), shared
/// by the API token endpoint and the login page. Unknown user, wrong password, locked or disabled account and a
/// refused demo password all get the same answer after the same hashing work; the audit log records which it was.
/// </summary>
public sealed partial class PasswordSignInHandler(
    SealGuardDbContext db,
    UnitOfWork unitOfWork,
    AuditTrail audit,
    UserSessions sessions,
    IPasswordHasher<User> hasher,
    TimeProvider clock,
    IHostEnvironment environment,
    IOptions<SealGuardOptions> options,
    ILogger<PasswordSignInHandler> logger)
{
    // Verified instead of a real hash when there is none to check, so a refusal costs as long as a wrong password.
    private static readonly string DummyHash = new PasswordHasher<User>().HashPassword(null!, Guid.NewGuid().ToString("N"));

    public async Task<Outcome<SignedIn>> HandleAsync(TokenRequest request, string? clientAddress, CancellationToken cancellationToken)
    {
        var password = request.Password ?? string.Empty;
        var evaluated = false;
        Outcome<SignedIn> outcome;
        if (string.IsNullOrWhiteSpace(request.Username) || password.Length == 0)
        {
            outcome = Invalid();
        }
        else
        {
            var userName = request.Username.Trim();
            await using var inLine = await UserRowLock.HoldSignInsAsync(db, userName, cancellationToken);
            outcome = await unitOfWork.ExecuteAsync<SignedIn>(async ct =>
            {
                var auth = options.Value.Auth;
                var now = clock.GetUtcNow().UtcDateTime;
                var user = await UserRowLock.FindForSignInAsync(db, userName, ct);
                if (user is null)
                {
                    return Invalid();
                }

                var actor = new Actor(user.Id, user.UserName, user.Role, user.ShopId, user.JurisdictionPrefixes, clientAddress);
                if (environment.IsProduction() && password == DemoSeeder.DemoPassword)
                {
                    // The demo password is published in the README: whatever account carries it, it opens nothing in Production.
                    LogDemoPasswordRefused(logger, user.UserName);
                    return Refused(actor, "Auth.DemoPasswordRefused", countsAsFailure: false, now);
                }

                if (user.IsLockedOut(now))
                {
                    return Refused(actor, "Auth.LockedOut", countsAsFailure: false, now);
                }

                evaluated = true;
                if (hasher.VerifyHashedPassword(user, user.PasswordHash, password) == PasswordVerificationResult.Failed)
                {
                    return Refused(actor, "Auth.Failed", countsAsFailure: true, now);
                }

                user.RecordSuccessfulLogin();
                audit.Record(actor, "Auth.SignedIn", "User", user.UserName, division: await AuditScope.OfUserAsync(db, user, ct));
                return new SignedIn(user, await sessions.StartAsync(user, ct));
            }, cancellationToken);
        }

        if (!evaluated)
        {
            // After the unit of work, so the attempt's lock is not held for it.
            hasher.VerifyHashedPassword(null!, DummyHash, password);
        }

        return outcome;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in of {UserName} refused: the published demo password is never accepted in Production.")]
    private static partial void LogDemoPasswordRefused(ILogger logger, string userName);

    /// <summary>The refusal rolls the attempt back; its audit entry (and a wrong password's count) survive it.</summary>
    private Failure Refused(Actor actor, string action, bool countsAsFailure, DateTime now)
    {
        unitOfWork.Survive<RecordRefusedSignInHandler>((record, ct) => record.HandleAsync(actor, action, countsAsFailure, now, ct));
        return Invalid();
    }

    private static Failure Invalid() => new(FailureKind.Unauthorized, "Auth.Invalid", Core.Codes.Messages.Get("Auth.Invalid"));
}
