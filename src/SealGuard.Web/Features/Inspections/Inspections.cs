using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SealGuard.Core;
using SealGuard.Core.Codes;
using SealGuard.Core.Divisions;
using SealGuard.Core.Inspections;
using SealGuard.Core.Shops;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Hosting;
using SealGuard.Web.Infrastructure.Blobs;
using SealGuard.Web.Infrastructure.Imaging;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Inspections;

public sealed record LocationInput(double? Latitude, double? Longitude, double? AccuracyMeters, string? Source);

public sealed record ItemResultInput(long ItemId, string? Outcome, string? Note);

/// <summary>An inspection as the officer submits it; <c>inspectedAt</c> defaults to now, <c>results</c> has one entry per item of the template.</summary>
public sealed record InspectionRequest(string? ShopCode, long? TemplateId, DateTime? InspectedAt, string? Officers, LocationInput? Location, string? Notes, IReadOnlyList<ItemResultInput>? Results);

/// <summary>A photo as uploaded, before its checks.</summary>
public sealed record PhotoUpload(string? FileName, byte[] Content);

public sealed record ShopRef(string ShopCode, string Name, string DivisionCode, string DivisionName, string Address, string? Phone);

public sealed record InspectionSummary(long Id, string ShopCode, string ShopName, string DivisionName, DateTime InspectedAt, string Officers, int FailedCount, int ItemCount,
    long? RectificationId, RectificationState? RectificationState, DateOnly? Deadline);

public sealed record InspectionItemView(long ItemId, int Position, string Text, string LegalBasis, CheckOutcome Outcome, string? Note);

public sealed record PhotoView(long Id, string FileName, int WidthPx, int HeightPx, DateTime UploadedAt);

public sealed record InspectionDetails(long Id, ShopRef Shop, DateTime InspectedAt, string Officers, GeoLocation? Location, string? Notes, long TemplateId, string TemplateName,
    int TemplateNumber, IReadOnlyList<InspectionItemView> Items, IReadOnlyList<PhotoView> Photos, long? RectificationId, RectificationState? RectificationState, DateOnly? Deadline);

/// <summary>A page of inspections, newest first unless sorted otherwise, with the total of the filter.</summary>
public sealed record InspectionPage(IReadOnlyList<InspectionSummary> Items, int Total);

/// <summary>Sort keys of the inspection list.</summary>
public enum InspectionSort
{
    InspectedAt,
    Shop,
    Failed,
}

/// <summary>Which shops an actor's inspection reads and writes reach: a police user's jurisdiction, a shop user's own shop.</summary>
internal static class InspectionScope
{
    /// <remarks>Tracking is left to the caller: an <c>AsNoTracking</c> in a subquery would make the whole query untracked, and a loaded rectification unsaveable.</remarks>
    public static IQueryable<EngravingShop> Shops(SealGuardDbContext db, Actor actor) => actor.Scope switch
    {
        ScopeKind.Jurisdiction => db.Shops.Where(JurisdictionFilter.For<EngravingShop>(s => s.DivisionCode, actor.Jurisdiction)),
        ScopeKind.Shop => db.Shops.Where(s => s.Id == actor.ShopId),
        _ => db.Shops.Where(_ => false),
    };

    /// <summary>Police with <see cref="Capability.Inspect"/> read the jurisdiction's; a shop user with <see cref="Capability.RespondToRectifications"/> its own.</summary>
    public static bool MayRead(Actor actor) =>
        (actor.Scope == ScopeKind.Jurisdiction && actor.Can(Capability.Inspect)) || (actor.Scope == ScopeKind.Shop && actor.Can(Capability.RespondToRectifications));

    public static ShopRef Ref(EngravingShop s) => new(s.ShopCode, s.Name, s.DivisionCode, DivisionCatalog.Default.DisplayName(s.DivisionCode), s.Address, s.Phone);
}

/// <summary>
/// Records an inspection of a shop of the officer's jurisdiction, with its photos; failed items issue the rectification
/// notice, due <c>SealGuard:Inspections:RectificationDays</c> after the inspection's date. A refused photo or field writes nothing.
/// </summary>
public sealed class RecordInspectionHandler(SealGuardDbContext db, UnitOfWork unitOfWork, ImageUploads uploads, AuditTrail audit, TimeProvider clock, IOptions<SealGuardOptions> options)
{
    public async Task<Outcome<InspectionDetails>> HandleAsync(Actor actor, InspectionRequest request, IReadOnlyList<PhotoUpload> photos, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(photos);
        if (!actor.Can(Capability.Inspect) || actor.Scope != ScopeKind.Jurisdiction)
        {
            return Failure.Forbidden();
        }

        var errors = new ValidationErrors();
        errors.Required("shopCode", request.ShopCode);
        errors.Required("officers", request.Officers);
        errors.MaxLength("officers", request.Officers, Inspection.OfficersLength);
        errors.MaxLength("notes", request.Notes, FieldLimits.Note);
        if (request.TemplateId is null)
        {
            errors.Add("templateId", InspectionErrors.Of("Field.Required"));
        }

        GeoLocation? location = null;
        if (request.Location is { } place)
        {
            foreach (var (field, error) in GeoLocation.Check(place.Latitude, place.Longitude, place.AccuracyMeters))
            {
                errors.Add(field, error);
            }

            var source = Core.Inspections.LocationSource.Typed;
            if (place.Source is not null && !EnumName.TryParse(place.Source, out source))
            {
                errors.Add("location.source", InspectionErrors.Of("Inspection.InvalidLocationSource"));
            }

            if (place is { Latitude: { } lat, Longitude: { } lon })
            {
                location = new GeoLocation(lat, lon, place.AccuracyMeters, source);
            }
        }

        var findings = new List<ItemFinding>();
        var results = request.Results ?? [];
        for (var i = 0; i < results.Count; i++)
        {
            if (results[i] is null || !EnumName.TryParse<CheckOutcome>(results[i].Outcome, out var outcome))
            {
                errors.Add($"results[{i}].outcome", InspectionErrors.Of("Inspection.InvalidOutcome"));
                continue;
            }

            errors.MaxLength($"results[{i}].note", results[i].Note, FieldLimits.Note);
            findings.Add(new ItemFinding(results[i].ItemId, outcome, results[i].Note));
        }

        if (photos.Count > Inspection.MaxPhotos)
        {
            errors.Add("photos", InspectionErrors.Of("Inspection.TooManyPhotos", Inspection.MaxPhotos));
        }

        if (errors.HasErrors)
        {
            return errors.ToFailure();
        }

        // Every photo is decoded and checked before anything is written.
        var checkedPhotos = new List<CheckedImage>();
        foreach (var photo in photos)
        {
            var outcome = await uploads.CheckAsync("photos", photo.FileName, photo.Content, cancellationToken);
            if (outcome.Value is not { } image)
            {
                return outcome.Failure!;
            }

            checkedPhotos.Add(image);
        }

        return await unitOfWork.ExecuteAsync<InspectionDetails>(async ct =>
        {
            var shop = await InspectionScope.Shops(db, actor).SingleOrDefaultAsync(s => s.ShopCode == request.ShopCode!.Trim(), ct);
            if (shop is null)
            {
                return Failure.NotFound("Shop.NotFound");
            }

            var template = await db.ChecklistTemplates.Include(t => t.Items).SingleOrDefaultAsync(t => t.Id == request.TemplateId, ct);
            if (template is null)
            {
                return Failure.Validation("templateId", InspectionErrors.Of("Checklist.NotFound"));
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var (inspection, refused) = Inspection.Record(shop.Id, template, request.InspectedAt?.ToUniversalTime() ?? now, request.Officers!, location, request.Notes, findings,
                actor.ToEventActor(), now);
            if (inspection is null)
            {
                return InspectionErrors.Validation(refused);
            }

            foreach (var photo in checkedPhotos)
            {
                var (sha, thumbnail) = await uploads.StoreRenditionsAsync(photo, ct);
                inspection.AttachPhoto(photo.FileName, sha, thumbnail, photo.Image.NormalizedPng.LongLength, photo.Image.WidthPx, photo.Image.HeightPx, actor.ToEventActor(), now);
            }

            db.Inspections.Add(inspection);
            await db.SaveChangesAsync(ct);
            var failed = inspection.Results.Count(r => r.Outcome == CheckOutcome.Fail);
            audit.Record(actor, "Inspection.Recorded", "Inspection", inspection.Id.ToString(CultureInfo.InvariantCulture),
                detail: $"{shop.ShopCode} {template.Name} v{template.Number} failed:{failed}", division: shop.DivisionCode);
            Rectification? rectification = null;
            if (inspection.HasFailures)
            {
                rectification = Rectification.Issue(inspection, options.Value.Inspections.RectificationDays, now);
                db.Rectifications.Add(rectification);
                await db.SaveChangesAsync(ct);
                audit.Record(actor, "Rectification.Issued", "Rectification", rectification.Id.ToString(CultureInfo.InvariantCulture),
                    detail: $"{shop.ShopCode} items:{rectification.Items.Count} deadline:{rectification.Deadline:yyyy-MM-dd}", division: shop.DivisionCode);
            }

            return GetInspectionHandler.Details(inspection, shop, template, rectification);
        }, cancellationToken);
    }
}

/// <summary>Adds a photo to an inspection of the officer's jurisdiction afterwards (the API's second step; the page sends them with the record).</summary>
public sealed class AttachInspectionPhotoHandler(SealGuardDbContext db, UnitOfWork unitOfWork, ImageUploads uploads, AuditTrail audit, TimeProvider clock)
{
    public async Task<Outcome<PhotoView>> HandleAsync(Actor actor, long inspectionId, PhotoUpload photo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(photo);
        if (!actor.Can(Capability.Inspect) || actor.Scope != ScopeKind.Jurisdiction)
        {
            return Failure.Forbidden();
        }

        var checkedImage = await uploads.CheckAsync("file", photo.FileName, photo.Content, cancellationToken);
        if (checkedImage.Value is not { } image)
        {
            return checkedImage.Failure!;
        }

        return await unitOfWork.ExecuteAsync<PhotoView>(async ct =>
        {
            var shops = InspectionScope.Shops(db, actor);
            var inspection = await db.Inspections.Include(i => i.Photos).Where(i => shops.Any(s => s.Id == i.ShopId)).SingleOrDefaultAsync(i => i.Id == inspectionId, ct);
            if (inspection is null)
            {
                return Failure.NotFound("Inspection.NotFound");
            }

            if (!inspection.CanAttachPhoto)
            {
                return Failure.Validation("file", InspectionErrors.Of("Inspection.TooManyPhotos", Inspection.MaxPhotos));
            }

            var (sha, thumbnail) = await uploads.StoreRenditionsAsync(image, ct);
            var added = inspection.AttachPhoto(image.FileName, sha, thumbnail, image.Image.NormalizedPng.LongLength, image.Image.WidthPx, image.Image.HeightPx, actor.ToEventActor(),
                clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
            audit.Record(actor, "Inspection.PhotoAttached", "Inspection", inspection.Id.ToString(CultureInfo.InvariantCulture), detail: sha,
                division: await shops.Where(s => s.Id == inspection.ShopId).Select(s => s.DivisionCode).SingleAsync(ct));
            return new PhotoView(added.Id, added.FileName, added.WidthPx, added.HeightPx, added.UploadedAt);
        }, cancellationToken);
    }
}

/// <summary>The inspections an actor may read: the jurisdiction's for police, the shop's own for a shop user.</summary>
public sealed class ListInspectionsHandler(SealGuardDbContext db)
{
    public const int PageSize = 50;

    public async Task<Outcome<InspectionPage>> HandleAsync(Actor actor, string? shopCode, InspectionSort sort, bool descending, int page, CancellationToken cancellationToken)
    {
        if (!InspectionScope.MayRead(actor))
        {
            return Failure.Forbidden();
        }

        var shops = InspectionScope.Shops(db, actor);
        if (!string.IsNullOrWhiteSpace(shopCode))
        {
            shops = shops.Where(s => s.ShopCode == shopCode.Trim());
        }

        var rows = db.Inspections.AsNoTracking()
            .Join(shops, i => i.ShopId, s => s.Id, (i, s) => new
            {
                i.Id,
                s.ShopCode,
                s.Name,
                s.DivisionCode,
                i.InspectedAt,
                i.Officers,
                Failed = i.Results.Count(r => r.Outcome == CheckOutcome.Fail),
                Items = i.Results.Count,
                Rectification = db.Rectifications.Where(r => r.InspectionId == i.Id).Select(r => new { r.Id, r.State, r.Deadline }).FirstOrDefault(),
            });
        var total = await rows.CountAsync(cancellationToken);
        var ordered = sort switch
        {
            InspectionSort.Shop => descending ? rows.OrderByDescending(r => r.ShopCode).ThenByDescending(r => r.Id) : rows.OrderBy(r => r.ShopCode).ThenByDescending(r => r.Id),
            InspectionSort.Failed => descending ? rows.OrderByDescending(r => r.Failed).ThenByDescending(r => r.Id) : rows.OrderBy(r => r.Failed).ThenByDescending(r => r.Id),
            _ => descending ? rows.OrderByDescending(r => r.InspectedAt).ThenByDescending(r => r.Id) : rows.OrderBy(r => r.InspectedAt).ThenBy(r => r.Id),
        };
        var items = await ordered.Skip(Math.Max(0, page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new InspectionPage(
            items.Select(r => new InspectionSummary(r.Id, r.ShopCode, r.Name, DivisionCatalog.Default.DisplayName(r.DivisionCode), r.InspectedAt, r.Officers, r.Failed, r.Items,
                r.Rectification?.Id, r.Rectification?.State, r.Rectification?.Deadline)).ToList(),
            total);
    }
}

/// <summary>One inspection with its items (text and legal basis of the version it used), photos and rectification.</summary>
public sealed class GetInspectionHandler(SealGuardDbContext db, IBlobStore blobs)
{
    public async Task<Outcome<InspectionDetails>> HandleAsync(Actor actor, long id, CancellationToken cancellationToken)
    {
        if (!InspectionScope.MayRead(actor))
        {
            return Failure.Forbidden();
        }

        var found = await LoadAsync(actor, id, cancellationToken);
        return found is null ? Failure.NotFound("Inspection.NotFound") : Details(found.Value.Inspection, found.Value.Shop, found.Value.Template, found.Value.Rectification);
    }

    /// <summary>A photo's re-encoded PNG, or its thumbnail.</summary>
    public async Task<Outcome<ImageContent>> PhotoAsync(Actor actor, long id, long photoId, bool thumbnail, CancellationToken cancellationToken)
    {
        if (!InspectionScope.MayRead(actor))
        {
            return Failure.Forbidden();
        }

        var shops = InspectionScope.Shops(db, actor);
        var photo = await db.Inspections.AsNoTracking().Where(i => i.Id == id && shops.Any(s => s.Id == i.ShopId))
            .SelectMany(i => i.Photos).Where(p => p.Id == photoId)
            .Select(p => thumbnail ? p.ThumbnailSha256 : p.Sha256).SingleOrDefaultAsync(cancellationToken);
        return photo is not null && await blobs.OpenReadAsync(photo, cancellationToken) is { } stream
            ? new ImageContent(stream, "image/png")
            : Failure.NotFound("Inspection.PhotoNotFound");
    }

    internal async Task<(Inspection Inspection, EngravingShop Shop, ChecklistTemplate Template, Rectification? Rectification)?> LoadAsync(Actor actor, long id, CancellationToken cancellationToken)
    {
        var shops = InspectionScope.Shops(db, actor);
        var inspection = await db.Inspections.AsNoTracking().Include(i => i.Results).Include(i => i.Photos)
            .Where(i => shops.Any(s => s.Id == i.ShopId)).SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (inspection is null)
        {
            return null;
        }

        var shop = await db.Shops.AsNoTracking().SingleAsync(s => s.Id == inspection.ShopId, cancellationToken);
        var template = await db.ChecklistTemplates.AsNoTracking().Include(t => t.Items).SingleAsync(t => t.Id == inspection.TemplateId, cancellationToken);
        var rectification = await db.Rectifications.AsNoTracking().Include(r => r.Items).SingleOrDefaultAsync(r => r.InspectionId == id, cancellationToken);
        return (inspection, shop, template, rectification);
    }

    internal static InspectionDetails Details(Inspection inspection, EngravingShop shop, ChecklistTemplate template, Rectification? rectification)
    {
        var items = template.Items.ToDictionary(i => i.Id);
        return new InspectionDetails(inspection.Id, InspectionScope.Ref(shop), inspection.InspectedAt, inspection.Officers, inspection.Location, inspection.Notes,
            template.Id, template.Name, template.Number,
            inspection.Results.Select(r => (Result: r, Item: items[r.ItemId])).OrderBy(x => x.Item.Position)
                .Select(x => new InspectionItemView(x.Item.Id, x.Item.Position, x.Item.Text, x.Item.LegalBasis, x.Result.Outcome, x.Result.Note)).ToList(),
            inspection.Photos.OrderBy(p => p.Id).Select(p => new PhotoView(p.Id, p.FileName, p.WidthPx, p.HeightPx, p.UploadedAt)).ToList(),
            rectification?.Id, rectification?.State, rectification?.Deadline);
    }
}

/// <summary>The feature's refusals with their zh-CN text (<c>Messages.resx</c>).</summary>
internal static class InspectionErrors
{
    public static CodeError Of(string code, params object[] args) => new(code, args.Length == 0 ? Messages.Get(code) : Messages.Get(code, args));

    public static Failure Validation(IReadOnlyDictionary<string, CodeError> errors) =>
        Failure.Validation(errors.ToDictionary(e => e.Key, e => new[] { e.Value.Message }, StringComparer.Ordinal));
}
