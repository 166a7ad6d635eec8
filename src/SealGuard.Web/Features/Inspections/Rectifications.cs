using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core;
using SealGuard.Core.Divisions;
using SealGuard.Core.Inspections;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Blobs;
using SealGuard.Web.Infrastructure.Imaging;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Inspections;

public sealed record RectificationItemView(long Id, long ItemId, int Position, string Text, string LegalBasis, string? Finding, string? ShopNote, bool HasShopPhoto, DateTime? MarkedAt,
    bool? Rectified);

public sealed record RecheckView(DateTime RecheckedAt, string Officers, RecheckDecision Decision, DateOnly? NewDeadline, int RectifiedCount, int ItemCount, string? Notes);

public sealed record RectificationSummary(long Id, long InspectionId, string ShopCode, string ShopName, string DivisionName, DateTime IssuedAt, DateOnly Deadline,
    RectificationState State, bool IsOverdue, int ItemCount, int MarkedCount);

public sealed record RectificationDetails(long Id, long InspectionId, ShopRef Shop, DateTime InspectedAt, string InspectionOfficers, DateTime IssuedAt, DateOnly Deadline,
    RectificationState State, bool IsOverdue, IReadOnlyList<RectificationItemView> Items, IReadOnlyList<RecheckView> Rechecks);

/// <summary>An overdue rectification as the <c>DeadlineOverdue</c> alert rule needs it.</summary>
public sealed record OverdueRectification(long Id, long ShopId, string ShopCode, string DivisionCode, DateOnly Deadline);

/// <summary>Which rectifications a list shows.</summary>
public enum RectificationFilter
{
    /// <summary>Open ones (due and overdue).</summary>
    Open,

    /// <summary>Open with the deadline day over.</summary>
    Overdue,

    /// <summary>Closed or handed on with a proposed penalty.</summary>
    Done,

    All,
}

public sealed record RecheckItemInput(long ItemId, bool Rectified);

/// <summary>A recheck as the officer submits it: each item rectified or not; when some are not, <c>decision</c> Extend (with <c>newDeadline</c>) or ProposePenalty.</summary>
public sealed record RecheckRequest(string? Officers, string? Notes, IReadOnlyList<RecheckItemInput>? Items, string? Decision, DateOnly? NewDeadline);

/// <summary>Rectifications the actor may read, soonest deadline first; overdue judged on the China date of the injected clock.</summary>
public sealed class ListRectificationsHandler(SealGuardDbContext db, TimeProvider clock)
{
    public async Task<Outcome<IReadOnlyList<RectificationSummary>>> HandleAsync(Actor actor, RectificationFilter filter, string? shopCode, CancellationToken cancellationToken)
    {
        if (!InspectionScope.MayRead(actor))
        {
            return Failure.Forbidden();
        }

        var today = ChinaTime.Today(clock);
        var shops = InspectionScope.Shops(db, actor);
        if (!string.IsNullOrWhiteSpace(shopCode))
        {
            shops = shops.Where(s => s.ShopCode == shopCode.Trim());
        }

        var query = db.Rectifications.AsNoTracking().AsQueryable();
        query = filter switch
        {
            RectificationFilter.Open => query.Where(r => r.State == RectificationState.Open),
            RectificationFilter.Overdue => query.Where(Rectification.OverdueOn(today)),
            RectificationFilter.Done => query.Where(r => r.State != RectificationState.Open),
            _ => query,
        };
        var rows = await query.Join(shops, r => r.ShopId, s => s.Id, (r, s) => new
        {
            r.Id,
            r.InspectionId,
            s.ShopCode,
            s.Name,
            s.DivisionCode,
            r.IssuedAt,
            r.Deadline,
            r.State,
            Items = r.Items.Count,
            Marked = r.Items.Count(i => i.MarkedAt != null),
        })
            .OrderBy(r => r.State == RectificationState.Open ? 0 : 1).ThenBy(r => r.Deadline).ThenBy(r => r.Id)
            .Take(500)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new RectificationSummary(r.Id, r.InspectionId, r.ShopCode, r.Name, DivisionCatalog.Default.DisplayName(r.DivisionCode), r.IssuedAt, r.Deadline, r.State,
            r.State == RectificationState.Open && r.Deadline < today, r.Items, r.Marked)).ToList();
    }

    /// <summary>How many rectifications of a shop are open: the navigation's badge on the shop's 整改通知.</summary>
    public Task<int> OpenCountAsync(long shopId, CancellationToken cancellationToken) =>
        db.Rectifications.AsNoTracking().CountAsync(r => r.ShopId == shopId && r.State == RectificationState.Open, cancellationToken);
}

/// <summary>
/// The rectifications past their deadline at an instant: open, with the deadline's China day over. The query of the
/// <c>DeadlineOverdue</c> alert rule (system-wide: the rule raises each alert in its shop's division).
/// </summary>
public sealed class FindOverdueRectificationsHandler(SealGuardDbContext db)
{
    public async Task<IReadOnlyList<OverdueRectification>> HandleAsync(DateTime atUtc, CancellationToken cancellationToken)
    {
        var today = ChinaTime.DateOf(atUtc);
        return await db.Rectifications.AsNoTracking().Where(Rectification.OverdueOn(today))
            .OrderBy(r => r.Deadline).ThenBy(r => r.Id)
            .Join(db.Shops, r => r.ShopId, s => s.Id, (r, s) => new OverdueRectification(r.Id, s.Id, s.ShopCode, s.DivisionCode, r.Deadline))
            .ToListAsync(cancellationToken);
    }
}

/// <summary>One rectification with its items (text, legal basis, finding, the shop's mark, the last judgement) and rechecks.</summary>
public sealed class GetRectificationHandler(SealGuardDbContext db, IBlobStore blobs, TimeProvider clock)
{
    public async Task<Outcome<RectificationDetails>> HandleAsync(Actor actor, long id, CancellationToken cancellationToken)
    {
        if (!InspectionScope.MayRead(actor))
        {
            return Failure.Forbidden();
        }

        var shops = InspectionScope.Shops(db, actor);
        var rectification = await db.Rectifications.AsNoTracking().Include(r => r.Items).Include(r => r.Rechecks)
            .Where(r => shops.Any(s => s.Id == r.ShopId)).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (rectification is null)
        {
            return Failure.NotFound("Rectification.NotFound");
        }

        var shop = await db.Shops.AsNoTracking().SingleAsync(s => s.Id == rectification.ShopId, cancellationToken);
        var inspection = await db.Inspections.AsNoTracking().Where(i => i.Id == rectification.InspectionId).Select(i => new { i.InspectedAt, i.Officers, i.TemplateId })
            .SingleAsync(cancellationToken);
        var items = await db.ChecklistTemplates.AsNoTracking().Where(t => t.Id == inspection.TemplateId).SelectMany(t => t.Items).ToDictionaryAsync(i => i.Id, cancellationToken);
        return Details(rectification, shop, inspection.InspectedAt, inspection.Officers, items, ChinaTime.Today(clock));
    }

    /// <summary>The photo the shop attached to an item.</summary>
    public async Task<Outcome<ImageContent>> ShopPhotoAsync(Actor actor, long id, long itemId, bool thumbnail, CancellationToken cancellationToken)
    {
        if (!InspectionScope.MayRead(actor))
        {
            return Failure.Forbidden();
        }

        var shops = InspectionScope.Shops(db, actor);
        var sha = await db.Rectifications.AsNoTracking().Where(r => r.Id == id && shops.Any(s => s.Id == r.ShopId)).SelectMany(r => r.Items).Where(i => i.Id == itemId)
            .Select(i => thumbnail ? i.ShopPhotoThumbnailSha256 : i.ShopPhotoSha256).SingleOrDefaultAsync(cancellationToken);
        return sha is not null && await blobs.OpenReadAsync(sha, cancellationToken) is { } stream
            ? new ImageContent(stream, "image/png")
            : Failure.NotFound("Inspection.PhotoNotFound");
    }

    internal static RectificationDetails Details(Rectification r, Core.Shops.EngravingShop shop, DateTime inspectedAt, string officers, IReadOnlyDictionary<long, ChecklistItem> items,
        DateOnly today) =>
        new(r.Id, r.InspectionId, InspectionScope.Ref(shop), inspectedAt, officers, r.IssuedAt, r.Deadline, r.State, r.IsOverdueOn(today),
            r.Items.Select(i => (Entry: i, Item: items[i.ItemId])).OrderBy(x => x.Item.Position)
                .Select(x => new RectificationItemView(x.Entry.Id, x.Item.Id, x.Item.Position, x.Item.Text, x.Item.LegalBasis, x.Entry.Finding, x.Entry.ShopNote,
                    x.Entry.ShopPhotoSha256 is not null, x.Entry.MarkedAt, x.Entry.Rectified)).ToList(),
            r.Rechecks.OrderBy(c => c.RecheckedAt).Select(c => new RecheckView(c.RecheckedAt, c.Officers, c.Decision, c.NewDeadline, c.RectifiedCount, c.ItemCount, c.Notes)).ToList());
}

/// <summary>The shop marks one item of its own open rectification as fixed, with a note and/or a photo (EXIF not kept) for the recheck.</summary>
public sealed class MarkRectificationItemHandler(SealGuardDbContext db, UnitOfWork unitOfWork, ImageUploads uploads, AuditTrail audit, TimeProvider clock)
{
    public async Task<Outcome<RectificationItemView>> HandleAsync(Actor actor, long id, long itemId, string? note, PhotoUpload? photo, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.RespondToRectifications) || actor.Scope != ScopeKind.Shop)
        {
            return Failure.Forbidden();
        }

        var errors = new ValidationErrors();
        errors.MaxLength("note", note, FieldLimits.Note);
        if (errors.HasErrors)
        {
            return errors.ToFailure();
        }

        CheckedImage? image = null;
        if (photo is not null)
        {
            var checkedImage = await uploads.CheckAsync("file", photo.FileName, photo.Content, cancellationToken);
            if (checkedImage.Value is null)
            {
                return checkedImage.Failure!;
            }

            image = checkedImage.Value;
        }

        return await unitOfWork.ExecuteAsync<RectificationItemView>(async ct =>
        {
            var rectification = await db.Rectifications.Include(r => r.Items).SingleOrDefaultAsync(r => r.Id == id && r.ShopId == actor.ShopId, ct);
            if (rectification is null)
            {
                return Failure.NotFound("Rectification.NotFound");
            }

            ShopEvidence? evidence = null;
            if (image is not null && rectification.State == RectificationState.Open)
            {
                var (sha, thumbnail) = await uploads.StoreRenditionsAsync(image, ct);
                evidence = new ShopEvidence(sha, thumbnail);
            }

            if (rectification.MarkRectified(itemId, note, evidence, clock.GetUtcNow().UtcDateTime) is { } refused)
            {
                return refused.Code == "Rectification.EvidenceRequired" ? Failure.Validation("note", refused) : refused.Code == "Rectification.ItemNotFound"
                    ? Failure.NotFound(refused.Code) : Failure.Rule(refused);
            }

            var division = await db.Shops.Where(s => s.Id == rectification.ShopId).Select(s => s.DivisionCode).SingleAsync(ct);
            await db.SaveChangesAsync(ct);
            audit.Record(actor, "Rectification.ItemMarked", "Rectification", rectification.Id.ToString(CultureInfo.InvariantCulture),
                detail: string.Create(CultureInfo.InvariantCulture, $"item:{itemId}{(evidence is null ? string.Empty : " photo:" + evidence.Sha256)}"), division: division);
            var entry = rectification.Items.Single(i => i.Id == itemId);
            var item = await db.ChecklistTemplates.SelectMany(t => t.Items).SingleAsync(i => i.Id == entry.ItemId, ct);
            return new RectificationItemView(entry.Id, item.Id, item.Position, item.Text, item.LegalBasis, entry.Finding, entry.ShopNote, entry.ShopPhotoSha256 is not null,
                entry.MarkedAt, entry.Rectified);
        }, cancellationToken);
    }
}

/// <summary>
/// 复查: an officer of the jurisdiction judges each item; all rectified closes the rectification, otherwise it gets a new
/// deadline or a proposed penalty. Two rechecks (or a recheck and a shop's mark) at once: one wins, the other is refused.
/// </summary>
public sealed class RecheckRectificationHandler(SealGuardDbContext db, UnitOfWork unitOfWork, AuditTrail audit, TimeProvider clock)
{
    public async Task<Outcome<RectificationDetails>> HandleAsync(Actor actor, long id, RecheckRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!actor.Can(Capability.Inspect) || actor.Scope != ScopeKind.Jurisdiction)
        {
            return Failure.Forbidden();
        }

        var errors = new ValidationErrors();
        errors.Required("officers", request.Officers);
        errors.MaxLength("officers", request.Officers, Inspection.OfficersLength);
        errors.MaxLength("notes", request.Notes, FieldLimits.Note);
        RecheckDecision? decision = null;
        if (!string.IsNullOrEmpty(request.Decision))
        {
            if (EnumName.TryParse<RecheckDecision>(request.Decision, out var parsed))
            {
                decision = parsed;
            }
            else
            {
                errors.Add("decision", InspectionErrors.Of("Rectification.InvalidDecision"));
            }
        }

        var items = request.Items ?? [];
        if (items.Select(i => i.ItemId).Distinct().Count() != items.Count)
        {
            errors.Add("items", InspectionErrors.Of("Inspection.DuplicateItem"));
        }

        if (errors.HasErrors)
        {
            return errors.ToFailure();
        }

        return await unitOfWork.ExecuteAsync<RectificationDetails>(async ct =>
        {
            var shops = InspectionScope.Shops(db, actor);
            var rectification = await db.Rectifications.Include(r => r.Items).Include(r => r.Rechecks)
                .Where(r => shops.Any(s => s.Id == r.ShopId)).SingleOrDefaultAsync(r => r.Id == id, ct);
            if (rectification is null)
            {
                return Failure.NotFound("Rectification.NotFound");
            }

            if (rectification.State != RectificationState.Open)
            {
                return Failure.Rule("Rectification.NotOpen");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var today = ChinaTime.DateOf(now);
            var refused = rectification.Recheck(items.ToDictionary(i => i.ItemId, i => i.Rectified), decision, request.NewDeadline, request.Officers!, request.Notes, today,
                actor.ToEventActor(), now);
            if (refused.Count > 0)
            {
                return InspectionErrors.Validation(refused);
            }

            var shop = await db.Shops.AsNoTracking().SingleAsync(s => s.Id == rectification.ShopId, ct);
            await db.SaveChangesAsync(ct);
            var recheck = rectification.Rechecks[^1];
            audit.Record(actor, "Rectification.Rechecked", "Rectification", rectification.Id.ToString(CultureInfo.InvariantCulture),
                detail: string.Create(CultureInfo.InvariantCulture, $"{recheck.Decision} rectified:{recheck.RectifiedCount}/{recheck.ItemCount}{(recheck.NewDeadline is { } d ? " deadline:" + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty)}"),
                division: shop.DivisionCode);
            var inspection = await db.Inspections.AsNoTracking().Where(i => i.Id == rectification.InspectionId).Select(i => new { i.InspectedAt, i.Officers, i.TemplateId }).SingleAsync(ct);
            var checklist = await db.ChecklistTemplates.AsNoTracking().Where(t => t.Id == inspection.TemplateId).SelectMany(t => t.Items).ToDictionaryAsync(i => i.Id, ct);
            return GetRectificationHandler.Details(rectification, shop, inspection.InspectedAt, inspection.Officers, checklist, today);
        }, cancellationToken);
    }
}
