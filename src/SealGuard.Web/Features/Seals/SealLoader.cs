using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Codes;
using SealGuard.Core.Filings;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Shops;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Seals;

/// <summary>
/// Finds a seal by code for a change, with its filing and documents, if the actor may see it and (a shop user) may work
/// seals at all. Every change of a seal loads it here, so this is where a shop's standing is asked (a suspended or closed
/// shop works no seal; police still may) and the staff eligibility of <see cref="OperatorEligibilityHandler"/>, once for all of them.
/// </summary>
public sealed class SealLoader(SealGuardDbContext db, ShopStandingHandler standing, OperatorEligibilityHandler eligibility)
{
    public async Task<Outcome<Seal>> LoadAsync(Actor actor, string? sealCode, CancellationToken cancellationToken)
    {
        if (!SealCode.TryParse(sealCode, out var code, out var error))
        {
            return Failure.Validation("sealCode", error!);
        }

        if (await ShopRefusalAsync(actor, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (await eligibility.CheckAsync(actor, cancellationToken) is { } ineligible)
        {
            return ineligible;
        }

        var seal = await Tracked(actor).SingleOrDefaultAsync(s => s.SealCode == code.Value, cancellationToken);

        // Another shop's or jurisdiction's seal is reported as absent, so codes cannot be probed.
        return seal is null ? Failure.NotFound("Seal.NotFound") : seal;
    }

    /// <summary>All seals of a filing the actor may see, in intake order; a filing with none is reported as absent.</summary>
    public async Task<Outcome<IReadOnlyList<Seal>>> LoadFilingAsync(Actor actor, long filingId, CancellationToken cancellationToken)
    {
        if (await ShopRefusalAsync(actor, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (await eligibility.CheckAsync(actor, cancellationToken) is { } ineligible)
        {
            return ineligible;
        }

        var filingSeals = await Tracked(actor).Where(s => s.FilingId == filingId).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        return filingSeals.Count == 0 ? Failure.NotFound("Filing.NotFound") : filingSeals;
    }

    private async Task<Failure?> ShopRefusalAsync(Actor actor, CancellationToken cancellationToken) =>
        actor.ShopId is { } shopId ? await standing.RefuseSealWorkAsync(shopId, cancellationToken) : null;

    private IQueryable<Seal> Tracked(Actor actor) => db.Seals.Include(s => s.Filing).ThenInclude(f => f.Documents).VisibleTo(actor);
}
