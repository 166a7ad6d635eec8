using SealGuard.Core;
using SealGuard.Core.Filings;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Seals;

public sealed record LifeStateRequest(string? Note);

/// <summary>挂失 / 缴销 / 报废: recorded by the seal's shop or by police of its jurisdiction.</summary>
public sealed class ChangeLifeStateHandler(UnitOfWork unitOfWork, SealLoader seals, AuditTrail audit, TimeProvider clock)
{
    public async Task<Outcome<SealStateView>> HandleAsync(Actor actor, string sealCode, LifeState target, LifeStateRequest request, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.ChangeSealLifeState))
        {
            return Failure.Forbidden();
        }

        var errors = new ValidationErrors();
        errors.MaxLength("note", request.Note, FieldLimits.Note);
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
            var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
            if (seal.ChangeLife(target, actor.ToEventActor(), now, note) is { } violation)
            {
                return Failure.Rule(violation);
            }

            audit.Record(actor, "Seal." + target, "Seal", seal.SealCode, detail: note, division: seal.DivisionCode);
            return SealStateView.From(seal);
        }, cancellationToken);
    }
}
