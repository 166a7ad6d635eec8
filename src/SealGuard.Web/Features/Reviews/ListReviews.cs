using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Codes;
using SealGuard.Core.Filings;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Reviews;

/// <summary>The columns the review queue sorts by: how long the filing has waited in its state, or the organization's name.</summary>
public enum ReviewSortKey
{
    Since = 1,
    OrgName = 2,
}

/// <summary>The queue's order in a URL (<c>since</c>, the default: oldest first; <c>-since</c>, <c>orgName</c>, <c>-orgName</c>).</summary>
public sealed record ReviewOrder(ReviewSortKey Key, bool Descending)
{
    public static readonly ReviewOrder Default = new(ReviewSortKey.Since, false);

    public string Value => (Descending ? "-" : string.Empty) + NameOf(Key);

    public ReviewOrder Toggle(ReviewSortKey key) => key == Key ? this with { Descending = !Descending } : new(key, false);

    public static bool TryParse(string? text, out ReviewOrder order)
    {
        order = Default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var descending = text.StartsWith('-');
        var name = descending ? text[1..] : text;
        var key = Enum.GetValues<ReviewSortKey>().FirstOrDefault(k => string.Equals(NameOf(k), name, StringComparison.OrdinalIgnoreCase));
        order = new(key == 0 ? ReviewSortKey.Since : key, descending);
        return key != 0;
    }

    public static string NameOf(ReviewSortKey key) => key == ReviewSortKey.OrgName ? "orgName" : "since";
}

/// <summary>One filing in the queue: since when it has been in its state, and for a returned one the reasons and whether its seals are suspended.</summary>
public sealed record ReviewQueueItem(long FilingId, string FilingNumber, string OrgName, string ShopName, EngravingReason Reason, ReviewState State, DateTime Since,
    IReadOnlyList<string> SealCodes, string? ReasonsText, string? Note, bool Suspended);

/// <summary>A page of one state's queue with the totals of every state (for the tabs).</summary>
public sealed record ReviewQueuePage(ReviewState State, string Sort, int Page, int PageSize, int Total, int Pending, int Returned, int Checked, IReadOnlyList<ReviewQueueItem> Items);

/// <summary>
/// 核验队列: the filings of the actor's scope in one review state (police their jurisdiction, a shop its own), oldest
/// first. 待核验 lists only complete filings (<see cref="FilingReview.IsComplete"/>): one still without an imprint is the
/// shop's work, not the officer's.
/// </summary>
public sealed class ListReviewsHandler(SealGuardDbContext db)
{
    public const int PageSize = 50;

    public async Task<Outcome<ReviewQueuePage>> HandleAsync(Actor actor, string? state, string? sort, int? page, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.ViewSeals))
        {
            return Failure.Forbidden();
        }

        var reviewState = ReviewState.Pending;
        if (!string.IsNullOrWhiteSpace(state) && !EnumName.TryParse(state, out reviewState))
        {
            return Failure.Validation("state", RuleViolation.Of("Review.InvalidState"));
        }

        if (!ReviewOrder.TryParse(sort, out var order))
        {
            return Failure.Validation("sort", new CodeError("Search.InvalidSort", Messages.Get("Search.InvalidSort")));
        }

        var pageNumber = Math.Max(1, page ?? 1);
        var pending = await InState(actor, ReviewState.Pending).CountAsync(cancellationToken);
        var returned = await InState(actor, ReviewState.Returned).CountAsync(cancellationToken);
        var checkedCount = await InState(actor, ReviewState.Checked).CountAsync(cancellationToken);

        var since = SinceOf(reviewState);
        var filings = InState(actor, reviewState);
        var ordered = order.Key == ReviewSortKey.OrgName
            ? (order.Descending ? filings.OrderByDescending(f => f.OrganizationName) : filings.OrderBy(f => f.OrganizationName))
            : (order.Descending ? filings.OrderByDescending(since) : filings.OrderBy(since));
        ordered = order.Descending ? ordered.ThenByDescending(f => f.Id) : ordered.ThenBy(f => f.Id);
        var rows = await (from f in ordered.Skip((pageNumber - 1) * PageSize).Take(PageSize)
                          join sh in db.Shops on f.ShopId equals sh.Id
                          select new { f.Id, f.FilingNumber, f.OrganizationName, ShopName = sh.Name, f.Reason, f.AcceptedAt, f.ResubmittedAt, f.ReviewedAt, f.ReturnReasonCodes, f.ReviewNote })
            .ToListAsync(cancellationToken);

        var ids = rows.Select(r => r.Id).ToList();
        var seals = await db.Seals.AsNoTracking().Where(s => ids.Contains(s.FilingId)).Select(s => new { s.FilingId, s.SealCode, s.Suspended }).ToListAsync(cancellationToken);
        var byFiling = seals.ToLookup(s => s.FilingId);
        var items = rows.Select(r => new ReviewQueueItem(r.Id, r.FilingNumber, r.OrganizationName, r.ShopName, r.Reason, reviewState,
                reviewState == ReviewState.Pending ? r.ResubmittedAt ?? r.AcceptedAt : r.ReviewedAt ?? r.AcceptedAt,
                [.. byFiling[r.Id].Select(s => s.SealCode).Order(StringComparer.Ordinal)],
                r.ReturnReasonCodes is null ? null : FilingReview.Describe(r.ReturnReasonCodes.Split(',').Select(Enum.Parse<ReturnReason>)),
                r.ReviewNote, byFiling[r.Id].Any(s => s.Suspended)))
            .ToList();
        var total = reviewState switch { ReviewState.Pending => pending, ReviewState.Returned => returned, _ => checkedCount };
        return new ReviewQueuePage(reviewState, order.Value, pageNumber, PageSize, total, pending, returned, checkedCount, items);
    }

    private IQueryable<Filing> InState(Actor actor, ReviewState state)
    {
        var filings = db.Filings.AsNoTracking().VisibleTo(db, actor).Where(f => f.ReviewState == state);
        if (state != ReviewState.Pending)
        {
            return filings;
        }

        return filings.Where(FilingReview.Complete);
    }

    private static Expression<Func<Filing, DateTime>> SinceOf(ReviewState state) => state == ReviewState.Pending
        ? f => f.ResubmittedAt ?? f.AcceptedAt
        : f => f.ReviewedAt ?? f.AcceptedAt;
}
