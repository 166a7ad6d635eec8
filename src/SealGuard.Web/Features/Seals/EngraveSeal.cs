using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Codes;
using SealGuard.Core.Filings;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Seals;

public sealed record EngravingRequest(long? EngraverStaffId);

public sealed record SealStateView(string SealCode, FlowState FlowState, LifeState LifeState, int StatusCode)
{
    public static SealStateView From(Seal seal) => new(seal.SealCode, seal.Flow, seal.Life, seal.StatusCode);
}

/// <summary>制作: the shop records who engraved the seal; the filing's documents must be complete by now.</summary>
public sealed class EngraveSealHandler(SealGuardDbContext db, UnitOfWork unitOfWork, SealLoader seals, AuditTrail audit, TimeProvider clock)
{
    public async Task<Outcome<SealStateView>> HandleAsync(Actor actor, string sealCode, EngravingRequest request, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.FileSeals))
        {
            return Failure.Forbidden();
        }

        if (request.EngraverStaffId is not { } staffId)
        {
            return Failure.Validation("engraverStaffId", new CodeError("Field.Required", Messages.Get("Field.Required")));
        }

        return await unitOfWork.ExecuteAsync<SealStateView>(async ct =>
        {
            var loaded = await seals.LoadAsync(actor, sealCode, ct);
            if (loaded.Value is not { } seal)
            {
                return loaded.Failure!;
            }

            // Only the seal's own shop's staff are looked up: another shop's staff id answers like an unknown one, so a
            // shop cannot probe which ids belong to other shops.
            var engraver = await db.ShopStaff.SingleOrDefaultAsync(s => s.Id == staffId && s.ShopId == seal.ShopId, ct);
            if (engraver is null)
            {
                return Failure.Validation("engraverStaffId", new CodeError("Seal.EngraverNotShopStaff", Messages.Get("Seal.EngraverNotShopStaff")));
            }

            if (seal.Engrave(engraver, actor.ToEventActor(), clock.GetUtcNow().UtcDateTime) is { } violation)
            {
                return Failure.Rule(violation);
            }

            audit.Record(actor, "Seal.Engraved", "Seal", seal.SealCode, division: seal.DivisionCode);
            return SealStateView.From(seal);
        }, cancellationToken);
    }
}
