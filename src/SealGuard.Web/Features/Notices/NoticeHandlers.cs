using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Codes;
using SealGuard.Core.Divisions;
using SealGuard.Core.Filings;
using SealGuard.Core.Shops;
using SealGuard.Core.Supervision;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Notices;

/// <param name="Title">The title, plain text.</param>
/// <param name="Body">The text, plain (shown as typed, line breaks kept, never as markup).</param>
/// <param name="DivisionPrefix">Address every shop of this division prefix (e.g. <c>410702</c>, or <c>4107</c> for the city) inside the jurisdiction.</param>
/// <param name="ShopCodes">Or address these shops of the jurisdiction.</param>
public sealed record NoticeRequest(string? Title, string? Body, string? DivisionPrefix, IReadOnlyList<string>? ShopCodes);

public sealed record NoticeSummary(long Id, string Title, DateTime PublishedAt, string PublishedBy, string? AudiencePrefix, int RecipientCount, int ReadCount);

public sealed record NoticeReceipt(string ShopCode, string ShopName, string DivisionName, DateTime? ReadAt, string? ReadBy);

public sealed record NoticeDetails(long Id, string Title, string Body, DateTime PublishedAt, string PublishedBy, string? AudiencePrefix, IReadOnlyList<NoticeReceipt> Receipts);

public sealed record ShopNoticeItem(long Id, string Title, DateTime PublishedAt, DateTime? ReadAt);

public sealed record ShopNotices(int UnreadCount, IReadOnlyList<ShopNoticeItem> Items);

public sealed record ShopNoticeView(long Id, string Title, string Body, DateTime PublishedAt, DateTime ReadAt, string ReadBy);

/// <summary>
/// Which notices an officer sees: those whose every addressed shop lies in the jurisdiction, so no officer reads the
/// receipts of another jurisdiction's shops (a city-wide notice is the city's, not a county's).
/// </summary>
internal static class NoticeScope
{
    public static IQueryable<Notice> VisibleTo(this IQueryable<Notice> notices, SealGuardDbContext db, Actor actor)
    {
        if (actor.Scope is not ScopeKind.Jurisdiction)
        {
            return notices.Where(_ => false);
        }

        var inside = JurisdictionFilter.For<NoticeRecipient>(r => r.DivisionCode, actor.Jurisdiction);
        var outside = Expression.Lambda<Func<NoticeRecipient, bool>>(Expression.Not(inside.Body), inside.Parameters);
        var reachingOutside = db.NoticeRecipients.Where(outside).Select(r => r.NoticeId);
        return notices.Where(n => !reachingOutside.Contains(n.Id));
    }
}

/// <summary>Publishes a notice to every shop of a division prefix, or to chosen shops, of the officer's jurisdiction.</summary>
public sealed class PublishNoticeHandler(SealGuardDbContext db, UnitOfWork unitOfWork, AuditTrail audit, TimeProvider clock)
{
    public const int MaxShops = 500;

    public async Task<Outcome<NoticeSummary>> HandleAsync(Actor actor, NoticeRequest request, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.PublishNotices))
        {
            return Failure.Forbidden();
        }

        var errors = new ValidationErrors();
        errors.Required("title", request.Title);
        errors.MaxLength("title", request.Title, Notice.MaxTitleLength);
        errors.Required("body", request.Body);
        errors.MaxLength("body", request.Body, Notice.MaxBodyLength);
        var prefix = string.IsNullOrWhiteSpace(request.DivisionPrefix) ? null : request.DivisionPrefix.Trim();
        var codes = (request.ShopCodes ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if ((prefix is null) == (codes.Count == 0))
        {
            errors.Add("audience", Messages.Get("Notice.AudienceRequired"));
        }
        else if (prefix is not null && (prefix.Length is < 2 or > 6 || !prefix.All(char.IsAsciiDigit)))
        {
            errors.Add("divisionPrefix", Messages.Get("DivisionCode.Format"));
        }
        else if (prefix is not null && !actor.Jurisdiction.Any(j => prefix.StartsWith(j, StringComparison.Ordinal)))
        {
            errors.Add("divisionPrefix", Messages.Get("Jurisdiction.Outside"));
        }
        else if (codes.Count > MaxShops)
        {
            errors.Add("shopCodes", Messages.Get("Notice.TooManyShops", MaxShops));
        }

        if (errors.HasErrors)
        {
            return errors.ToFailure();
        }

        return await unitOfWork.ExecuteAsync<NoticeSummary>(async ct =>
        {
            var visible = db.Shops.AsNoTracking().Where(JurisdictionFilter.For<EngravingShop>(s => s.DivisionCode, actor.Jurisdiction));
            var shops = prefix is not null
                ? await visible.Where(JurisdictionFilter.For<EngravingShop>(s => s.DivisionCode, [prefix])).Select(s => new { s.Id, s.ShopCode, s.DivisionCode }).ToListAsync(ct)
                : await visible.Where(s => codes.Contains(s.ShopCode)).Select(s => new { s.Id, s.ShopCode, s.DivisionCode }).ToListAsync(ct);
            if (prefix is null)
            {
                var found = shops.Select(s => s.ShopCode).ToHashSet(StringComparer.Ordinal);
                var missing = codes.Select((c, i) => (c, i)).Where(x => !found.Contains(x.c)).ToList();
                if (missing.Count > 0)
                {
                    return Failure.Validation(missing.ToDictionary(m => $"shopCodes[{m.i}]", _ => new[] { Messages.Get("Shop.NotFound") }));
                }
            }

            if (shops.Count == 0)
            {
                return Failure.Rule(RuleViolation.Of("Notice.NoShops"), "divisionPrefix");
            }

            var notice = new Notice(request.Title!.Trim(), request.Body!.Trim(), prefix, shops.Select(s => (s.Id, s.DivisionCode)), actor.ToEventActor(), clock.GetUtcNow().UtcDateTime);
            db.Notices.Add(notice);
            await db.SaveChangesAsync(ct);
            audit.Record(actor, "Notice.Published", "Notice", notice.Id.ToString(CultureInfo.InvariantCulture),
                detail: string.Create(CultureInfo.InvariantCulture, $"{shops.Count} shops{(prefix is null ? string.Empty : " of " + prefix)}"));
            return new NoticeSummary(notice.Id, notice.Title, notice.PublishedAt, notice.PublishedByName, prefix, shops.Count, 0);
        }, cancellationToken);
    }
}

/// <summary>The notices the officer sees, newest first, with how many of the addressed shops have read each.</summary>
public sealed class ListNoticesHandler(SealGuardDbContext db)
{
    public const int Limit = 200;

    public async Task<Outcome<IReadOnlyList<NoticeSummary>>> HandleAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.PublishNotices))
        {
            return Failure.Forbidden();
        }

        var rows = await db.Notices.AsNoTracking().VisibleTo(db, actor).OrderByDescending(n => n.Id).Take(Limit)
            .Select(n => new NoticeSummary(n.Id, n.Title, n.PublishedAt, n.PublishedByName, n.AudiencePrefix,
                db.NoticeRecipients.Count(r => r.NoticeId == n.Id), db.NoticeRecipients.Count(r => r.NoticeId == n.Id && r.ReadAt != null)))
            .ToListAsync(cancellationToken);
        return rows;
    }
}

/// <summary>One notice with its read receipts: which addressed shops have read it (first reader and time) and which not.</summary>
public sealed class GetNoticeHandler(SealGuardDbContext db)
{
    public async Task<Outcome<NoticeDetails>> HandleAsync(Actor actor, long id, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.PublishNotices))
        {
            return Failure.Forbidden();
        }

        var notice = await db.Notices.AsNoTracking().VisibleTo(db, actor).SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (notice is null)
        {
            return Failure.NotFound("Notice.NotFound");
        }

        var receipts = await (from r in db.NoticeRecipients.AsNoTracking()
                              join s in db.Shops on r.ShopId equals s.Id
                              where r.NoticeId == id
                              orderby r.ReadAt == null, s.DivisionCode, s.ShopCode
                              select new { s.ShopCode, s.Name, s.DivisionCode, r.ReadAt, r.ReadByName }).ToListAsync(cancellationToken);
        return new NoticeDetails(notice.Id, notice.Title, notice.Body, notice.PublishedAt, notice.PublishedByName, notice.AudiencePrefix,
            receipts.Select(r => new NoticeReceipt(r.ShopCode, r.Name, DivisionCatalog.Default.DisplayName(r.DivisionCode), r.ReadAt, r.ReadByName)).ToList());
    }
}

/// <summary>The notices addressed to the user's shop, newest first, and how many it has not read yet.</summary>
public sealed class ShopNoticesHandler(SealGuardDbContext db)
{
    public const int Limit = 200;

    public async Task<Outcome<ShopNotices>> HandleAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.ReadNotices) || actor.ShopId is not { } shopId)
        {
            return Failure.Forbidden();
        }

        var items = await (from r in db.NoticeRecipients.AsNoTracking()
                           join n in db.Notices on r.NoticeId equals n.Id
                           where r.ShopId == shopId
                           orderby n.Id descending
                           select new ShopNoticeItem(n.Id, n.Title, n.PublishedAt, r.ReadAt)).Take(Limit).ToListAsync(cancellationToken);
        return new ShopNotices(await UnreadCountAsync(shopId, cancellationToken), items);
    }

    public Task<int> UnreadCountAsync(long shopId, CancellationToken cancellationToken) =>
        db.NoticeRecipients.AsNoTracking().CountAsync(r => r.ShopId == shopId && r.ReadAt == null, cancellationToken);
}

/// <summary>
/// A shop opens a notice addressed to it. The first read leaves the shop's receipt (who, when) and an audit entry; the
/// receipt is set by one conditional update, so parallel first reads leave exactly one.
/// </summary>
public sealed class ReadNoticeHandler(SealGuardDbContext db, UnitOfWork unitOfWork, AuditTrail audit, TimeProvider clock)
{
    public async Task<Outcome<ShopNoticeView>> HandleAsync(Actor actor, long id, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.ReadNotices) || actor.ShopId is not { } shopId)
        {
            return Failure.Forbidden();
        }

        return await unitOfWork.ExecuteAsync<ShopNoticeView>(async ct =>
        {
            var addressed = db.NoticeRecipients.Where(r => r.NoticeId == id && r.ShopId == shopId);
            if (!await addressed.AnyAsync(ct))
            {
                return Failure.NotFound("Notice.NotFound");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var first = await addressed.Where(r => r.ReadAt == null).ExecuteUpdateAsync(
                s => s.SetProperty(r => r.ReadAt, now).SetProperty(r => r.ReadByUserId, actor.UserId).SetProperty(r => r.ReadByName, actor.UserName), ct);
            if (first == 1)
            {
                audit.Record(actor, "Notice.Read", "Notice", id.ToString(CultureInfo.InvariantCulture));
            }

            var view = await (from r in addressed.AsNoTracking()
                              join n in db.Notices on r.NoticeId equals n.Id
                              select new ShopNoticeView(n.Id, n.Title, n.Body, n.PublishedAt, r.ReadAt!.Value, r.ReadByName!)).SingleAsync(ct);
            return view;
        }, cancellationToken);
    }
}
