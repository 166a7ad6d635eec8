using SealGuard.Core.Filings;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.PersonalData;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Seals;

public sealed record DeliveryRequest(PersonInput? Recipient);

/// <summary>
/// 交付: the seal is handed to a recipient with a valid ID number. Delivering a replacement retires the seal it names
/// in the same transaction (<see cref="ReplacementRule.RetireReplaced"/>).
/// </summary>
public sealed class DeliverSealHandler(SealGuardDbContext db, UnitOfWork unitOfWork, SealLoader seals, AuditTrail audit, PersonalDataProtector protector, TimeProvider clock)
{
    public async Task<Outcome<SealStateView>> HandleAsync(Actor actor, string sealCode, DeliveryRequest request, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.FileSeals))
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
            if (seal.ReplacesSealId is not null)
            {
                await db.Entry(seal).Reference(s => s.Replaces).LoadAsync(ct);
            }

            if (ReplacementRule.RetireReplaced(seal, actor.ToEventActor(), now) is { } old)
            {
                audit.Record(actor, "Seal.Surrendered", "Seal", old.SealCode, detail: "replaced by " + seal.SealCode, division: old.DivisionCode);
            }

            return SealStateView.From(seal);
        }, cancellationToken);
    }
}
