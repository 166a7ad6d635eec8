using System.Security.Claims;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Identity;

/// <summary>Ends the signed-in session (bearer token or cookie) for good, shared by the API and the logout page.</summary>
public sealed class SignOutHandler(UnitOfWork unitOfWork, UserSessions sessions, AuditTrail audit)
{
    public Task<Outcome<bool>> HandleAsync(ClaimsPrincipal principal, Actor actor, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync<bool>(async ct =>
        {
            await sessions.EndAsync(principal, ct);
            audit.Record(actor, "Auth.SignedOut", "User", actor.UserName);
            return true;
        }, cancellationToken);
}
