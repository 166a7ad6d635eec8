using Microsoft.EntityFrameworkCore;
using SealGuard.Core;
using SealGuard.Core.Shops;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Shops;

/// <summary>
/// A shop's standing as its clerks see it: the effective state, and why (the last state change's reason, or the
/// 停业整顿 decision and its last day).
/// </summary>
public sealed record ShopStandingView(ShopState State, string? Reason, DateOnly? Since, string? DecisionNumber, DateOnly? Until)
{
    public bool AllowsSealWork => State == ShopState.Normal;
}

/// <summary>
/// Asks <see cref="ShopStanding"/> (Core) about one shop on the clock: intake and every seal change of a shop ask
/// <see cref="RefuseSealWorkAsync"/> first inside their unit of work; the shop's pages ask <see cref="GetAsync"/>.
/// </summary>
public sealed class ShopStandingHandler(SealGuardDbContext db, RowLocks locks, TimeProvider clock)
{
    /// <summary>
    /// Inside the caller's unit of work: the shop's state read under a share lock, so a suspension (which locks the shop
    /// row) waits for the intakes and seal work in flight, and everything after it is refused. <c>Shop.Suspended</c> or
    /// <c>Shop.Closed</c> (409) when the shop may not work; <see langword="null"/> when it may.
    /// </summary>
    public async Task<Failure?> RefuseSealWorkAsync(long shopId, CancellationToken cancellationToken)
    {
        var set = await locks.ShareShopStateAsync(shopId, cancellationToken);
        if (set is null || !EnumName.TryParse<ShopState>(set, out var state))
        {
            return Failure.NotFound("Shop.NotFound");
        }

        var today = ChinaTime.Today(clock);
        var effective = ShopStanding.Effective(state, await PeriodsAsync(shopId, today, cancellationToken), today);
        return ShopStanding.SealWorkRefusal(effective) is { } refusal ? Failure.Rule(refusal) : null;
    }

    /// <summary>The signed-in shop's standing (the banner, the intake page), read without a lock.</summary>
    public async Task<Outcome<ShopStandingView>> GetAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (actor.ShopId is not { } shopId)
        {
            return Failure.Forbidden();
        }

        var shop = await db.Shops.AsNoTracking().Where(s => s.Id == shopId).Select(s => new { s.State }).SingleOrDefaultAsync(cancellationToken);
        if (shop is null)
        {
            return Failure.NotFound("Shop.NotFound");
        }

        return await StandingAsync(shopId, shop.State, cancellationToken);
    }

    internal async Task<ShopStandingView> StandingAsync(long shopId, ShopState set, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(clock);
        if (set != ShopState.Normal)
        {
            var last = await db.ShopStateChanges.AsNoTracking().Where(c => c.ShopId == shopId).OrderByDescending(c => c.Id)
                .Select(c => new { c.Reason, c.EffectiveOn }).FirstOrDefaultAsync(cancellationToken);
            return new ShopStandingView(set, last?.Reason, last?.EffectiveOn, null, null);
        }

        var covering = (await SuspensionsAsync(shopId, today, cancellationToken)).FirstOrDefault(p => p.Period.Covers(today));
        return covering.DecisionNumber is null
            ? new ShopStandingView(ShopState.Normal, null, null, null, null)
            : new ShopStandingView(ShopStanding.Effective(set, [covering.Period], today), null, covering.Period.From, covering.DecisionNumber, covering.Period.To);
    }

    private async Task<IReadOnlyList<SuspensionPeriod>> PeriodsAsync(long shopId, DateOnly today, CancellationToken cancellationToken) =>
        (await SuspensionsAsync(shopId, today, cancellationToken)).Select(p => p.Period).ToList();

    private async Task<IReadOnlyList<(SuspensionPeriod Period, string DecisionNumber)>> SuspensionsAsync(long shopId, DateOnly today, CancellationToken cancellationToken) =>
        (await NotOver(today).Where(p => p.ShopId == shopId)
            .Select(p => new { From = p.SuspendedFrom!.Value, To = p.SuspendedTo!.Value, p.DecisionNumber })
            .ToListAsync(cancellationToken))
        .Select(p => (new SuspensionPeriod(p.From, p.To), p.DecisionNumber)).ToList();

    // Only narrows what is read; whether a period covers today is ShopStanding's to say.
    private IQueryable<Penalty> NotOver(DateOnly today) =>
        db.Penalties.AsNoTracking().Where(p => p.Type == PenaltyType.SuspendBusiness && p.SuspendedTo != null && p.SuspendedTo >= today);
}
