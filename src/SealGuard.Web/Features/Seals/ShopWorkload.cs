using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Filings;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Seals;

/// <summary>The shop terminal's work stages; each stage is also a filter of the seal search so a count links to its list.</summary>
public enum WorkStage
{
    AwaitingEngraving = 1,
    AwaitingImprint = 2,
    AwaitingDelivery = 3,
    Uncollected = 4,
}

public sealed record RecentFiling(long FilingId, string OrgName, EngravingReason Reason, DateTime AcceptedAt, IReadOnlyList<string> SealCodes);

public sealed record ShopWorkloadView(int AwaitingEngraving, int AwaitingImprint, int AwaitingDelivery, int Uncollected, IReadOnlyList<RecentFiling> RecentFilings);

public static class WorkStages
{
    /// <summary>A seal engraved this long ago and still not collected is flagged on the home page.</summary>
    public static readonly TimeSpan UncollectedAfter = TimeSpan.FromDays(30);

    /// <summary>The step a stage's seals wait for, when it can be taken for a whole filing at once (<see cref="FilingBatchHandler"/>).</summary>
    public static SealStep? BatchStep(this WorkStage stage) => stage switch
    {
        WorkStage.AwaitingEngraving => SealStep.Engrave,
        WorkStage.AwaitingImprint => SealStep.UploadImprint,
        WorkStage.AwaitingDelivery => SealStep.Deliver,
        _ => null,
    };

    /// <summary>The one definition of each stage, used by the counts and by the list filter alike.</summary>
    public static IQueryable<Seal> AtStage(this IQueryable<Seal> seals, WorkStage stage, DateTime nowUtc)
    {
        var engravedBefore = nowUtc - UncollectedAfter;
        return stage switch
        {
            WorkStage.AwaitingEngraving => seals.Where(s => s.Flow == FlowState.Accepted && s.Life == LifeState.InUse),
            WorkStage.AwaitingImprint => seals.Where(s => s.Flow == FlowState.Engraved && s.Life == LifeState.InUse && s.Imprint == null),
            WorkStage.AwaitingDelivery => seals.Where(s => s.Flow == FlowState.Engraved && s.Life == LifeState.InUse && s.Imprint != null),
            WorkStage.Uncollected => seals.Where(s => s.Flow == FlowState.Engraved && s.Life == LifeState.InUse && s.EngravedAt < engravedBefore),
            _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
        };
    }
}

/// <summary>工作台: today's work of the signed-in shop (only seals in the actor's scope are counted).</summary>
public sealed class ShopWorkloadHandler(SealGuardDbContext db, TimeProvider clock)
{
    public const int RecentFilingCount = 10;

    public async Task<Outcome<ShopWorkloadView>> HandleAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.FileSeals))
        {
            return Failure.Forbidden();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var seals = db.Seals.AsNoTracking().VisibleTo(actor);
        var awaitingEngraving = await seals.AtStage(WorkStage.AwaitingEngraving, now).CountAsync(cancellationToken);
        var awaitingImprint = await seals.AtStage(WorkStage.AwaitingImprint, now).CountAsync(cancellationToken);
        var awaitingDelivery = await seals.AtStage(WorkStage.AwaitingDelivery, now).CountAsync(cancellationToken);
        var uncollected = await seals.AtStage(WorkStage.Uncollected, now).CountAsync(cancellationToken);

        // Filings carry the shop id; the newest ones of this shop, with their seal codes.
        var shopId = actor.ShopId ?? -1;
        var recent = await (from f in db.Filings.AsNoTracking()
                            join o in db.Organizations on f.OrganizationId equals o.Id
                            where f.ShopId == shopId
                            orderby f.Id descending
                            select new { f.Id, o.Name, f.Reason })
            .Take(RecentFilingCount)
            .ToListAsync(cancellationToken);
        var ids = recent.Select(r => r.Id).ToList();
        var codes = await seals.Where(s => ids.Contains(s.FilingId))
            .Select(s => new { s.FilingId, s.SealCode, s.AcceptedAt })
            .ToListAsync(cancellationToken);
        var byFiling = codes.GroupBy(c => c.FilingId).ToDictionary(g => g.Key, g => g.OrderBy(c => c.SealCode, StringComparer.Ordinal).ToList());
        var filings = recent
            .Where(r => byFiling.ContainsKey(r.Id))
            .Select(r => new RecentFiling(r.Id, r.Name, r.Reason, byFiling[r.Id].Min(c => c.AcceptedAt), byFiling[r.Id].Select(c => c.SealCode).ToList()))
            .ToList();
        return new ShopWorkloadView(awaitingEngraving, awaitingImprint, awaitingDelivery, uncollected, filings);
    }

    /// <summary>
    /// For the work queue of one stage: of <paramref name="filingIds"/>, the filings with more than one seal at that
    /// stage, and how many, so the queue offers the filing's batch step (<see cref="WorkStages.BatchStep"/>).
    /// </summary>
    public async Task<IReadOnlyDictionary<long, int>> BatchesAsync(Actor actor, WorkStage stage, IReadOnlyCollection<long> filingIds, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.FileSeals) || stage.BatchStep() is null || filingIds.Count == 0)
        {
            return new Dictionary<long, int>();
        }

        var ids = filingIds.ToList();
        return await db.Seals.AsNoTracking().VisibleTo(actor).AtStage(stage, clock.GetUtcNow().UtcDateTime)
            .Where(s => ids.Contains(s.FilingId))
            .GroupBy(s => s.FilingId)
            .Select(g => new { FilingId = g.Key, Count = g.Count() })
            .Where(g => g.Count > 1)
            .ToDictionaryAsync(g => g.FilingId, g => g.Count, cancellationToken);
    }
}
