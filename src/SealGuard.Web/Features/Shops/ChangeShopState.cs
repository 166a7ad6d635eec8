using Microsoft.EntityFrameworkCore;
using SealGuard.Core;
using SealGuard.Core.Codes;
using SealGuard.Core.Shops;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Shops;

/// <summary><c>State</c>: Normal, Suspended or Closed; <c>Reason</c> required; <c>EffectiveOn</c> (China day) defaults to today.</summary>
public sealed record ShopStateRequest(string? State, string? Reason, DateOnly? EffectiveOn = null);

public sealed record ShopStateChangeView(ShopState From, ShopState To, string Reason, DateOnly EffectiveOn, DateTime ChangedAt, string ChangedBy);

/// <summary>A shop's state: as police set it, effective today (with 停业整顿), and every change, newest first.</summary>
public sealed record ShopStateView(string ShopCode, string Name, ShopState SetState, ShopStandingView Standing, IReadOnlyList<ShopStateChangeView> History);

/// <summary>
/// Police set a shop of their jurisdiction Normal, Suspended or Closed, with a reason. The shop row is locked first, so
/// the shop's intakes and seal work in flight finish before the change and those after it are refused.
/// </summary>
public sealed class ChangeShopStateHandler(SealGuardDbContext db, UnitOfWork unitOfWork, RowLocks locks, AuditTrail audit, GetShopStateHandler read, TimeProvider clock)
{
    public async Task<Outcome<ShopStateView>> HandleAsync(Actor actor, string shopCode, ShopStateRequest request, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (!EnumName.TryParse<ShopState>(request.State, out var target))
        {
            errors.Add("state", Messages.Get("Shop.InvalidState"));
        }

        if (!actor.Can(target == ShopState.Closed ? Capability.CloseShops : Capability.SuspendShops))
        {
            return Failure.Forbidden();
        }

        errors.Required("reason", request.Reason);
        errors.MaxLength("reason", request.Reason, FieldLimits.Note);
        if (errors.HasErrors)
        {
            return errors.ToFailure();
        }

        return await unitOfWork.ExecuteAsync<ShopStateView>(async ct =>
        {
            var id = await db.Shops.VisibleTo(actor).Where(s => s.ShopCode == shopCode).Select(s => (long?)s.Id).SingleOrDefaultAsync(ct);
            if (id is null)
            {
                return Failure.NotFound("Shop.NotFound");
            }

            await locks.LockShopAsync(id.Value, ct);
            var shop = await db.Shops.SingleAsync(s => s.Id == id, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var from = shop.State;
            var reason = request.Reason!.Trim();
            if (shop.ChangeState(target, reason, request.EffectiveOn ?? ChinaTime.DateOf(now), actor.ToEventActor(), now) is { } refused)
            {
                return Failure.Rule(refused, "state");
            }

            await db.SaveChangesAsync(ct);
            audit.Record(actor, "Shop.StateChanged", "Shop", shop.ShopCode, detail: $"{from}→{target}: {reason}", division: shop.DivisionCode);
            return await read.ViewAsync(shop.Id, ct);
        }, cancellationToken);
    }
}

/// <summary>A shop's state and its history: police of its jurisdiction, or the shop itself.</summary>
public sealed class GetShopStateHandler(SealGuardDbContext db, ShopStandingHandler standing)
{
    public async Task<Outcome<ShopStateView>> HandleAsync(Actor actor, string shopCode, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.ViewPenalties))
        {
            return Failure.Forbidden();
        }

        var shops = actor.ShopId is { } own ? db.Shops.Where(s => s.Id == own) : db.Shops.VisibleTo(actor);
        var id = await shops.Where(s => s.ShopCode == shopCode).Select(s => (long?)s.Id).SingleOrDefaultAsync(cancellationToken);
        return id is null ? Failure.NotFound("Shop.NotFound") : await ViewAsync(id.Value, cancellationToken);
    }

    /// <summary>The signed-in shop's own state and history.</summary>
    public async Task<Outcome<ShopStateView>> MineAsync(Actor actor, CancellationToken cancellationToken) =>
        !actor.Can(Capability.ViewPenalties) || actor.ShopId is not { } own ? Failure.Forbidden() : await ViewAsync(own, cancellationToken);

    internal async Task<ShopStateView> ViewAsync(long shopId, CancellationToken cancellationToken)
    {
        var shop = await db.Shops.AsNoTracking().Where(s => s.Id == shopId).Select(s => new { s.ShopCode, s.Name, s.State }).SingleAsync(cancellationToken);
        var history = await db.ShopStateChanges.AsNoTracking().Where(c => c.ShopId == shopId).OrderByDescending(c => c.Id)
            .Select(c => new ShopStateChangeView(c.FromState, c.ToState, c.Reason, c.EffectiveOn, c.ChangedAt, c.ActorName))
            .ToListAsync(cancellationToken);
        return new ShopStateView(shop.ShopCode, shop.Name, shop.State, await standing.StandingAsync(shopId, shop.State, cancellationToken), history);
    }
}
