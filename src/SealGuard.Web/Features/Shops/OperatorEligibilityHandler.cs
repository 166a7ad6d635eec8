using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Shops;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Shops;

/// <summary>
/// Whether the signed-in shop user may take intakes and work seals now: their account must be linked to accepted, not
/// deregistered staff of their shop (<see cref="StaffRules.CheckOperator"/>). Read from the database on every request,
/// so a deregistration or a return takes effect at once, without signing the user out. Police and the system are not
/// shop operators and are not asked.
/// </summary>
public sealed class OperatorEligibilityHandler(SealGuardDbContext db)
{
    public async Task<Failure?> CheckAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (actor.Scope != ScopeKind.Shop || actor.ShopId is not { } shopId)
        {
            return null;
        }

        var staff = await (from u in db.Users.AsNoTracking()
                           join s in db.ShopStaff.AsNoTracking() on u.StaffId equals s.Id
                           where u.Id == actor.UserId
                           select s).SingleOrDefaultAsync(cancellationToken);
        return StaffRules.CheckOperator(staff, shopId) is { } refused ? new Failure(FailureKind.Forbidden, refused.Code, refused.Message) : null;
    }
}

/// <summary>Whether the signed-in user may take intakes and work seals, and if not, why (the refusal's code and message).</summary>
public sealed record OperatorStanding(bool Eligible, string? Code, string? Message);

/// <summary>The shop pages' banner: tells a shop user up front that their intakes and seal work would be refused, and why.</summary>
public sealed class OperatorStandingHandler(OperatorEligibilityHandler eligibility)
{
    public async Task<OperatorStanding> HandleAsync(Actor actor, CancellationToken cancellationToken) =>
        await eligibility.CheckAsync(actor, cancellationToken) is { } refused
            ? new OperatorStanding(false, refused.Code, refused.Message)
            : new OperatorStanding(true, null, null);
}
