using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Codes;
using SealGuard.Core.Filings;
using SealGuard.Core.Shops;
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
        if (Check(actor, request) is { } refused)
        {
            return refused;
        }

        return await unitOfWork.ExecuteAsync<SealStateView>(async ct =>
        {
            var loaded = await seals.LoadAsync(actor, sealCode, ct);
            if (loaded.Value is not { } seal)
            {
                return loaded.Failure!;
            }

            var engraver = await EngraverAsync(seal.ShopId, request.EngraverStaffId!.Value, ct);
            return engraver.Value is { } staff ? Apply(actor, seal, staff) : engraver.Failure!;
        }, cancellationToken);
    }

    /// <summary>Who may ask, and whether the request names an engraver; checked before anything is loaded.</summary>
    internal static Failure? Check(Actor actor, EngravingRequest request) =>
        !actor.Can(Capability.FileSeals) ? Failure.Forbidden()
        : request.EngraverStaffId is null ? Failure.Validation("engraverStaffId", new CodeError("Field.Required", Messages.Get("Field.Required")))
        : null;

    /// <summary>
    /// The engraver among the seal's own shop's staff: another shop's staff id answers like an unknown one, so a shop
    /// cannot probe which ids belong to other shops.
    /// </summary>
    internal async Task<Outcome<ShopStaff>> EngraverAsync(long shopId, long staffId, CancellationToken cancellationToken) =>
        await db.ShopStaff.SingleOrDefaultAsync(s => s.Id == staffId && s.ShopId == shopId, cancellationToken) is { } engraver
            ? engraver
            : Failure.Validation("engraverStaffId", new CodeError("Seal.EngraverNotShopStaff", Messages.Get("Seal.EngraverNotShopStaff")));

    /// <summary>Engraves one loaded seal inside the caller's unit of work, with its event and audit entry.</summary>
    internal Outcome<SealStateView> Apply(Actor actor, Seal seal, ShopStaff engraver)
    {
        if (seal.Engrave(engraver, actor.ToEventActor(), clock.GetUtcNow().UtcDateTime) is { } violation)
        {
            return Failure.Rule(violation);
        }

        audit.Record(actor, "Seal.Engraved", "Seal", seal.SealCode, division: seal.DivisionCode);
        return SealStateView.From(seal);
    }
}
