using SealGuard.Core;
using SealGuard.Core.Codes;
using SealGuard.Core.Filings;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Seals;

/// <summary>
/// A life change: <c>Note</c> is the reason (原因), required, so the record says why a seal stopped being valid;
/// <c>Confirmed</c> is the clerk's "我已核实，确认办理", anything but <see langword="true"/> is refused.
/// </summary>
public sealed record LifeStateRequest(string? Note, bool? Confirmed);

/// <summary>What a life change did, so the answer can say it: which seal, to which state, why and when.</summary>
public sealed record LifeChangeView(string SealCode, FlowState FlowState, LifeState LifeState, int StatusCode, string Note, DateTime ChangedAt);

/// <summary>挂失 / 缴销 / 报废: recorded by the seal's shop or by police of its jurisdiction, confirmed and with a reason.</summary>
public sealed class ChangeLifeStateHandler(UnitOfWork unitOfWork, SealLoader seals, AuditTrail audit, TimeProvider clock)
{
    public const string NotConfirmed = "Seal.LifeChangeNotConfirmed";

    public async Task<Outcome<LifeChangeView>> HandleAsync(Actor actor, string sealCode, LifeState target, LifeStateRequest request, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.ChangeSealLifeState))
        {
            return Failure.Forbidden();
        }

        var errors = new ValidationErrors();
        errors.Required("note", request.Note);
        errors.MaxLength("note", request.Note, FieldLimits.Note);
        if (request.Confirmed != true)
        {
            errors.Add("confirmed", Messages.Get(NotConfirmed));
        }

        if (errors.HasErrors)
        {
            // An unticked box has a code of its own, so a client can tell it from a bad note.
            var failure = errors.ToFailure();
            return request.Confirmed == true ? failure : failure with { Code = NotConfirmed, Message = Messages.Get(NotConfirmed) };
        }

        return await unitOfWork.ExecuteAsync<LifeChangeView>(async ct =>
        {
            var loaded = await seals.LoadAsync(actor, sealCode, ct);
            if (loaded.Value is not { } seal)
            {
                return loaded.Failure!;
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var note = request.Note!.Trim();
            if (seal.ChangeLife(target, actor.ToEventActor(), now, note) is { } violation)
            {
                return Failure.Rule(violation);
            }

            audit.Record(actor, "Seal." + target, "Seal", seal.SealCode, detail: note, division: seal.DivisionCode);
            return new LifeChangeView(seal.SealCode, seal.Flow, seal.Life, seal.StatusCode, note, now);
        }, cancellationToken);
    }
}
