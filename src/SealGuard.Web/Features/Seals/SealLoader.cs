using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Codes;
using SealGuard.Core.Filings;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Alerts;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Shops;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Seals;

/// <summary>
/// Finds a seal by code for a change, with its filing and documents, if the actor may see it and (a shop user) may work
/// seals at all. Every change of a seal loads it here, so this is where a shop's standing is asked (a suspended or closed
/// shop works no seal; police still may) and the staff eligibility of <see cref="OperatorEligibilityHandler"/>, once for all of them.
/// Such a refusal is handed to the alert rules (rule 8), inside the caller's unit of work.
/// </summary>
public sealed class SealLoader(SealGuardDbContext db, UnitOfWork unitOfWork, ShopStandingHandler standing, OperatorEligibilityHandler eligibility, TimeProvider clock)
{
    public async Task<Outcome<Seal>> LoadAsync(Actor actor, string? sealCode, CancellationToken cancellationToken)
    {
        if (!SealCode.TryParse(sealCode, out var code, out var error))
        {
            return Failure.Validation("sealCode", error!);
        }

        if (await OperatorRefusalAsync(actor, cancellationToken) is { } refused)
        {
            return refused;
        }

        var seal = await Tracked(actor).SingleOrDefaultAsync(s => s.SealCode == code.Value, cancellationToken);

        // Another shop's or jurisdiction's seal is reported as absent, so codes cannot be probed.
        return seal is null ? Failure.NotFound("Seal.NotFound") : seal;
    }

    /// <summary>All seals of a filing the actor may see, in intake order; a filing with none is reported as absent.</summary>
    public async Task<Outcome<IReadOnlyList<Seal>>> LoadFilingAsync(Actor actor, long filingId, CancellationToken cancellationToken)
    {
        if (await OperatorRefusalAsync(actor, cancellationToken) is { } refused)
        {
            return refused;
        }

        var filingSeals = await Tracked(actor).Where(s => s.FilingId == filingId).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        return filingSeals.Count == 0 ? Failure.NotFound("Filing.NotFound") : filingSeals;
    }

    /// <summary>The shop's standing, then the operator's eligibility; a refusal is recorded for the alert rules.</summary>
    private async Task<Failure?> OperatorRefusalAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (actor.ShopId is not { } shopId)
        {
            return null;
        }

        var refused = await standing.RefuseSealWorkAsync(shopId, cancellationToken) ?? await eligibility.CheckAsync(actor, cancellationToken);
        if (refused is not null)
        {
            var shopCode = await db.Shops.AsNoTracking().Where(s => s.Id == shopId).Select(s => s.ShopCode).SingleAsync(cancellationToken);
            RefusalAlertsHandler.Record(unitOfWork, RefusedIntake.OfOperator(refused, shopCode, actor.UserName, clock.GetUtcNow().UtcDateTime));
        }

        return refused;
    }

    private IQueryable<Seal> Tracked(Actor actor) => db.Seals.Include(s => s.Filing).ThenInclude(f => f.Documents).VisibleTo(actor);
}
