using Microsoft.Extensions.Options;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Hosting;

namespace SealGuard.Web.Features.Identity;

/// <summary>
/// What a refused sign-in leaves behind although its unit of work rolls back: the audit entry, and for a wrong password
/// the failure that counts towards lockout. Runs as the refused unit's surviving record (<see cref="UnitOfWork.Survive{TService}"/>).
/// </summary>
public sealed class RecordRefusedSignInHandler(SealGuardDbContext db, AuditTrail audit, IOptions<SealGuardOptions> options)
{
    public async Task HandleAsync(Actor actor, string action, bool countsAsFailure, DateTime at, CancellationToken cancellationToken)
    {
        var user = await UserRowLock.FindForSignInAsync(db, actor.UserName, cancellationToken);
        if (user is null)
        {
            return;
        }

        if (countsAsFailure)
        {
            var auth = options.Value.Auth;
            user.RecordFailedLogin(at, auth.MaxFailedLogins, TimeSpan.FromMinutes(auth.LockoutMinutes));
        }

        audit.Record(actor, action, "User", user.UserName, division: await AuditScope.OfUserAsync(db, user, cancellationToken));
    }
}
