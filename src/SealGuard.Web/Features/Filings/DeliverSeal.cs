using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Filings;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.PersonalData;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Filings;

public sealed record DeliveryRequest(PersonInput? Recipient);

/// <summary>
/// 交付: the seal is handed to a recipient with a valid ID number. Delivering a Replacement of a single-in-use type
/// surrenders the organization's previous seal of that type in the same transaction.
/// </summary>
public sealed class DeliverSealHandler(SealGuardDbContext db, UnitOfWork unitOfWork, SealLoader seals, AuditTrail audit, PersonalDataProtector protector, TimeProvider clock)
{
    public async Task<Outcome<SealStateView>> HandleAsync(Actor actor, string sealCode, DeliveryRequest request, CancellationToken cancellationToken)
    {
        if (!actor.IsShop)
        {
            return Failure.Forbidden();
        }

        var errors = new ValidationErrors();
        var recipient = errors.Person("recipient", request.Recipient, phoneRequired: false);
        if (errors.HasErrors)
        {
            return errors.ToFailure();
        }

        return await unitOfWork.ExecuteAsync<SealStateView>(async ct =>
        {
            var loaded = await seals.LoadAsync(actor, sealCode, ct);
            if (loaded.Value is not { } seal)
            {
                return loaded.Failure!;
            }

            var now = clock.GetUtcNow().UtcDateTime;
            if (seal.Deliver(recipient!.Protect(protector), actor.ToEventActor(), now) is { } violation)
            {
                return Failure.Rule(violation);
            }

            audit.Record(actor, "Seal.Delivered", "Seal", seal.SealCode, division: seal.DivisionCode);
            if (ReplacementRule.Supersedes(seal))
            {
                var candidates = await db.Seals
                    .Where(s => s.OrganizationId == seal.OrganizationId && s.Type == seal.Type && s.Id != seal.Id
                        && s.Life == LifeState.InUse && s.Flow == FlowState.Delivered)
                    .ToListAsync(ct);
                foreach (var old in ReplacementRule.SurrenderSuperseded(seal, candidates, actor.ToEventActor(), now))
                {
                    audit.Record(actor, "Seal.Surrendered", "Seal", old.SealCode, detail: "replaced by " + seal.SealCode, division: old.DivisionCode);
                }
            }

            return SealStateView.From(seal);
        }, cancellationToken);
    }
}
