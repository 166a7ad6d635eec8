using SealGuard.Core.Codes;
using SealGuard.Core.Exchange;
using SealGuard.Core.Filings;

namespace SealGuard.Core.Inspections;

/// <summary>The result of one check: 合格, 不合格 or 不适用.</summary>
public enum CheckOutcome
{
    Pass,
    Fail,
    NotApplicable,
}

/// <summary>How the location of an inspection was taken.</summary>
public enum LocationSource
{
    /// <summary>The officer's browser (geolocation, with the officer's permission).</summary>
    Device,

    /// <summary>Typed by the officer.</summary>
    Typed,
}

/// <summary>Where an inspection took place (WGS 84 degrees), with the accuracy radius in metres when known.</summary>
public sealed record GeoLocation(double Latitude, double Longitude, double? AccuracyMeters, LocationSource Source)
{
    /// <summary>The largest accuracy radius taken: beyond it the point says nothing about which shop was visited.</summary>
    public const double MaxAccuracyMeters = 100_000;

    /// <summary>The checks of a location as given: both coordinates or neither, each within its range.</summary>
    public static IReadOnlyDictionary<string, CodeError> Check(double? latitude, double? longitude, double? accuracyMeters)
    {
        var errors = new Dictionary<string, CodeError>(StringComparer.Ordinal);
        if (latitude is null && longitude is null)
        {
            if (accuracyMeters is not null)
            {
                errors["location.latitude"] = CodeError.Of("Inspection.LocationIncomplete");
            }

            return errors;
        }

        if (latitude is null || longitude is null)
        {
            errors[latitude is null ? "location.latitude" : "location.longitude"] = CodeError.Of("Inspection.LocationIncomplete");
            return errors;
        }

        if (!double.IsFinite(latitude.Value) || latitude is < -90 or > 90)
        {
            errors["location.latitude"] = CodeError.Of("Inspection.LatitudeRange");
        }

        if (!double.IsFinite(longitude.Value) || longitude is < -180 or > 180)
        {
            errors["location.longitude"] = CodeError.Of("Inspection.LongitudeRange");
        }

        if (accuracyMeters is { } accuracy && (!double.IsFinite(accuracy) || accuracy < 0 || accuracy > MaxAccuracyMeters))
        {
            errors["location.accuracyMeters"] = CodeError.Of("Inspection.AccuracyRange");
        }

        return errors;
    }
}

/// <summary>
/// 监督检查: an officer's inspection of a shop against one template version: who, when, where, each item's result
/// and the photos. Items that failed are what a rectification notice (<see cref="Rectification"/>) asks the shop to fix.
/// </summary>
public sealed class Inspection : IFerried
{
    private readonly List<InspectionResult> _results = [];
    private readonly List<InspectionPhoto> _photos = [];

    public long Id { get; private set; }
    public Guid Key { get; private set; }
    public long Version { get; private set; }
    public long ShopId { get; private set; }
    public long TemplateId { get; private set; }
    public DateTime InspectedAt { get; private set; }

    /// <summary>The officers who inspected, as written on the record (e.g. 张伟、李强).</summary>
    public string Officers { get; private set; } = null!;

    public double? Latitude { get; private set; }
    public double? Longitude { get; private set; }
    public double? AccuracyMeters { get; private set; }
    public LocationSource? LocationSource { get; private set; }
    public string? Notes { get; private set; }
    public DateTime RecordedAt { get; private set; }
    public long RecordedByUserId { get; private set; }
    public IReadOnlyList<InspectionResult> Results => _results;
    public IReadOnlyList<InspectionPhoto> Photos => _photos;

    public GeoLocation? Location => Latitude is { } lat && Longitude is { } lon ? new GeoLocation(lat, lon, AccuracyMeters, LocationSource ?? Inspections.LocationSource.Typed) : null;

    public bool HasFailures => _results.Any(r => r.Outcome == CheckOutcome.Fail);

    private Inspection()
    {
    }

    private Inspection(long shopId, ChecklistTemplate template, DateTime inspectedAt, string officers, GeoLocation? location, string? notes, EventActor recordedBy, DateTime recordedAt)
    {
        Key = StableKey.New(recordedAt);
        Version = 1;
        ShopId = shopId;
        TemplateId = template.Id;
        InspectedAt = inspectedAt;
        Officers = officers.Trim();
        Latitude = location?.Latitude;
        Longitude = location?.Longitude;
        AccuracyMeters = location?.AccuracyMeters;
        LocationSource = location?.Source;
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        RecordedByUserId = recordedBy.UserId;
        RecordedAt = recordedAt;
    }

    /// <summary>
    /// Records an inspection; every item of <paramref name="template"/> has exactly one result, keyed by the item's id.
    /// Refused (with the field of each error) when a result is missing, unknown, or the time lies in the future.
    /// </summary>
    public static (Inspection? Inspection, IReadOnlyDictionary<string, CodeError> Errors) Record(
        long shopId, ChecklistTemplate template, DateTime inspectedAt, string officers, GeoLocation? location, string? notes,
        IReadOnlyList<ItemFinding> findings, EventActor recordedBy, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(findings);
        var errors = new Dictionary<string, CodeError>(StringComparer.Ordinal);
        if (!template.IsCurrent)
        {
            errors["templateId"] = CodeError.Of("Checklist.Superseded");
        }

        if (inspectedAt > now.AddMinutes(5))
        {
            errors["inspectedAt"] = CodeError.Of("Inspection.InFuture");
        }

        var known = template.Items.Select(i => i.Id).ToHashSet();
        for (var i = 0; i < findings.Count; i++)
        {
            if (!known.Contains(findings[i].ItemId))
            {
                errors[$"results[{i}].itemId"] = CodeError.Of("Inspection.UnknownItem");
            }
            else if (findings.Take(i).Any(f => f.ItemId == findings[i].ItemId))
            {
                errors[$"results[{i}].itemId"] = CodeError.Of("Inspection.DuplicateItem");
            }
            else if (findings[i].Outcome == CheckOutcome.Fail && string.IsNullOrWhiteSpace(findings[i].Note))
            {
                errors[$"results[{i}].note"] = CodeError.Of("Inspection.FailureNoteRequired");
            }
        }

        foreach (var item in template.Items.Where(item => findings.All(f => f.ItemId != item.Id)))
        {
            errors[$"item-{item.Id}"] = CodeError.Of("Inspection.ResultMissing", item.Position);
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var inspection = new Inspection(shopId, template, inspectedAt, officers, location, notes, recordedBy, now);
        inspection._results.AddRange(template.Items.OrderBy(i => i.Position)
            .Select(item => findings.Single(f => f.ItemId == item.Id))
            .Select(f => new InspectionResult(f.ItemId, f.Outcome, f.Note)));
        return (inspection, errors);
    }

    public InspectionPhoto AttachPhoto(string fileName, string sha256, string thumbnailSha256, long byteSize, int widthPx, int heightPx, EventActor by, DateTime at)
    {
        if (_photos.Count >= MaxPhotos)
        {
            throw new InvalidOperationException("Ask CanAttachPhoto first.");
        }

        var photo = new InspectionPhoto(fileName, sha256, thumbnailSha256, byteSize, widthPx, heightPx, by.UserId, at);
        _photos.Add(photo);
        return photo;
    }

    public bool CanAttachPhoto => _photos.Count < MaxPhotos;

    public const int MaxPhotos = 12;
    public const int OfficersLength = 100;
}

/// <summary>What the officer found for one item, as submitted.</summary>
public sealed record ItemFinding(long ItemId, CheckOutcome Outcome, string? Note);

/// <summary>One item's result in an inspection.</summary>
public sealed class InspectionResult
{
    public long Id { get; private set; }
    public long InspectionId { get; private set; }
    public long ItemId { get; private set; }
    public CheckOutcome Outcome { get; private set; }
    public string? Note { get; private set; }

    private InspectionResult()
    {
    }

    internal InspectionResult(long itemId, CheckOutcome outcome, string? note)
    {
        ItemId = itemId;
        Outcome = outcome;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }
}

/// <summary>
/// A photo taken at an inspection (or by the shop for its recheck): only the re-encoded PNG and its thumbnail are kept,
/// so the camera's EXIF (its GPS position, device, time) never reaches the store; the inspection's own location is the deliberate one.
/// </summary>
public sealed class InspectionPhoto
{
    public long Id { get; private set; }
    public long InspectionId { get; private set; }
    public string FileName { get; private set; } = null!;
    public string Sha256 { get; private set; } = null!;
    public string ThumbnailSha256 { get; private set; } = null!;
    public long ByteSize { get; private set; }
    public int WidthPx { get; private set; }
    public int HeightPx { get; private set; }
    public long UploadedByUserId { get; private set; }
    public DateTime UploadedAt { get; private set; }

    private InspectionPhoto()
    {
    }

    internal InspectionPhoto(string fileName, string sha256, string thumbnailSha256, long byteSize, int widthPx, int heightPx, long uploadedByUserId, DateTime uploadedAt)
    {
        FileName = fileName;
        Sha256 = sha256;
        ThumbnailSha256 = thumbnailSha256;
        ByteSize = byteSize;
        WidthPx = widthPx;
        HeightPx = heightPx;
        UploadedByUserId = uploadedByUserId;
        UploadedAt = uploadedAt;
    }
}
