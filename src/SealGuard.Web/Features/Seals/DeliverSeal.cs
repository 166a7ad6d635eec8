using SealGuard.Core.Filings;
using SealGuard.Core.People;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.PersonalData;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Seals;

/// <param name="Recipient">Who collects the seal (取章人).</param>
/// <param name="RecipientIsAgent">取章人同经办人: the filing's agent collects it, and <paramref name="Recipient"/> is not read. The
/// record is the agent's as filed (the shop sees it only masked, so it cannot type it again).</param>
public sealed record DeliveryRequest(PersonInput? Recipient, bool RecipientIsAgent = false);

/// <summary>The recipient of a checked delivery request: a person typed in, or the agent of the seal's filing.</summary>
public sealed record DeliveryRecipient(ValidPerson? Person)
{
    /// <summary>The seal's own record of its recipient (a seal owns it; the agent's is copied as stored, already protected).</summary>
    public PersonRecord For(Seal seal, PersonalDataProtector protector)
    {
        ArgumentNullException.ThrowIfNull(seal);
        return Person?.Protect(protector) ?? new PersonRecord
        {
            Name = seal.Filing.Agent.Name,
            IdNumberCipher = seal.Filing.Agent.IdNumberCipher,
            IdNumberIndex = seal.Filing.Agent.IdNumberIndex,
            Phone = seal.Filing.Agent.Phone,
        };
    }
}

/// <summary>
/// 交付: the seal is handed to a recipient with a valid ID number. Delivering a replacement retires the seal it names
/// in the same transaction (<see cref="ReplacementRule.RetireReplaced"/>).
/// </summary>
public sealed class DeliverSealHandler(SealGuardDbContext db, UnitOfWork unitOfWork, SealLoader seals, AuditTrail audit, PersonalDataProtector protector, TimeProvider clock)
{
    public async Task<Outcome<SealStateView>> HandleAsync(Actor actor, string sealCode, DeliveryRequest request, CancellationToken cancellationToken)
    {
        var recipient = Check(actor, request);
        if (recipient.Value is not { } person)
        {
            return recipient.Failure!;
        }

        return await unitOfWork.ExecuteAsync<SealStateView>(async ct =>
        {
            var loaded = await seals.LoadAsync(actor, sealCode, ct);
            return loaded.Value is { } seal ? await ApplyAsync(actor, seal, person, ct) : loaded.Failure!;
        }, cancellationToken);
    }

    /// <summary>Who may ask, and the recipient checked, before anything is loaded.</summary>
    internal static Outcome<DeliveryRecipient> Check(Actor actor, DeliveryRequest request)
    {
        if (!actor.Can(Capability.FileSeals))
        {
            return Failure.Forbidden();
        }

        if (request.RecipientIsAgent)
        {
            return new DeliveryRecipient(null);
        }

        var errors = new ValidationErrors();
        var recipient = errors.Person("recipient", request.Recipient, phoneRequired: false);
        return errors.HasErrors ? errors.ToFailure() : new DeliveryRecipient(recipient!);
    }

    /// <summary>
    /// Delivers one loaded seal inside the caller's unit of work, with its events and audit entries. Each seal gets its
    /// own protected copy of the recipient (a seal owns its recipient record).
    /// </summary>
    internal async Task<Outcome<SealStateView>> ApplyAsync(Actor actor, Seal seal, DeliveryRecipient recipient, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (seal.Deliver(recipient.For(seal, protector), actor.ToEventActor(), now) is { } violation)
        {
            return Failure.Rule(violation);
        }

        audit.Record(actor, "Seal.Delivered", "Seal", seal.SealCode, division: seal.DivisionCode);
        if (seal.ReplacesSealId is not null)
        {
            await db.Entry(seal).Reference(s => s.Replaces).LoadAsync(cancellationToken);
        }

        if (ReplacementRule.RetireReplaced(seal, actor.ToEventActor(), now) is { } old)
        {
            audit.Record(actor, "Seal.Surrendered", "Seal", old.SealCode, detail: "replaced by " + seal.SealCode, division: old.DivisionCode);
        }

        return SealStateView.From(seal);
    }
}
