using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core;
using SealGuard.Core.Codes;
using SealGuard.Core.People;
using SealGuard.Core.Shops;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.PersonalData;
using SealGuard.Web.Features.Seals;
using SealGuard.Web.Infrastructure.Blobs;
using SealGuard.Web.Infrastructure.Imaging;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Shops;

/// <summary>
/// The shop filing as the shop types it. A person whose ID number is left blank keeps the one of the version it follows
/// (name and phone included), since ID numbers are never shown in full to be typed again; <c>staffIds</c> null lists every
/// staff member on the books.
/// </summary>
public sealed record ShopFilingRequest(
    string? LicenceNumber,
    DateOnly? LicenceDate,
    PersonInput? LegalRepresentative,
    PersonInput? Manager,
    string? Address,
    IReadOnlyList<long>? StaffIds,
    IReadOnlyList<string>? Equipment,
    string? SecurityRules);

/// <summary>An image the shop uploads with its draft.</summary>
public sealed record ShopFilingUpload(ShopFilingImageKind Kind, string? FileName, byte[] Content);

/// <summary>The police decision on a submitted version: <c>Accepted</c>, or <c>Returned</c> with a reason.</summary>
public sealed record ShopFilingDecisionRequest(ShopFilingState? Decision, string? Reason);

public sealed record ShopFilingImageView(string FileName, int WidthPx, int HeightPx);

public sealed record ShopFilingStaffView(long Id, string Name, StaffRole Role, StaffState State);

/// <summary>
/// One version of a shop filing; persons masked unless an officer revealed them (audited). <see cref="Changes"/> names the
/// fields that differ from the version before (empty for the first).
/// </summary>
public sealed record ShopFilingVersionView(
    long Id,
    string ShopCode,
    string ShopName,
    string DivisionCode,
    int Number,
    ShopFilingState State,
    string LicenceNumber,
    DateOnly LicenceDate,
    DateOnly DueOn,
    PersonView LegalRepresentative,
    PersonView Manager,
    string Address,
    IReadOnlyList<ShopFilingStaffView> Staff,
    IReadOnlyList<string> Equipment,
    string SecurityRules,
    ShopFilingImageView? LicenceImage,
    ShopFilingImageView? FloorPlan,
    DateTime CreatedAt,
    string CreatedBy,
    DateTime? SubmittedAt,
    DateTime? DecidedAt,
    string? DecidedBy,
    string? ReturnReason,
    int? PreviousNumber,
    IReadOnlyList<string> Changes,
    bool Revealed);

public sealed record ShopFilingSummary(long Id, int Number, ShopFilingState State, DateTime CreatedAt, DateTime? SubmittedAt, DateTime? DecidedAt, string? DecidedBy, string? ReturnReason);

/// <summary>
/// A shop's filing: its deadline (<see cref="ShopFilingRules.DueOn"/> of the latest licence date, or of the day the shop
/// was registered before any version), whether it is overdue, the latest version and every version, newest first.
/// </summary>
public sealed record ShopFilingOverview(string ShopCode, string ShopName, string DivisionCode, DateOnly DueOn, bool Overdue, int? AcceptedNumber, ShopFilingVersionView? Latest,
    IReadOnlyList<ShopFilingSummary> Versions);

public sealed record ShopFilingListItem(long Id, string ShopCode, string ShopName, string DivisionCode, int Number, ShopFilingState State, DateTime? SubmittedAt, DateTime? DecidedAt,
    DateOnly DueOn);

public sealed record ShopFilingTotals(int Submitted, int Returned, int Accepted);

/// <summary>The police queue: the latest decided or submitted version of each shop of the jurisdiction, with the totals of each tab.</summary>
public sealed record ShopFilingList(IReadOnlyList<ShopFilingListItem> Items, ShopFilingTotals Totals);

/// <summary>A shop whose filing is past its deadline and not accepted, as the <c>DeadlineOverdue</c> alert rule needs it.</summary>
public sealed record OverdueShopFiling(long ShopId, string ShopCode, string ShopName, string DivisionCode, DateOnly DueOn);

/// <summary>Where shop filings are visible: a shop user its own shop's, police those of the shops of their jurisdiction.</summary>
public static class ShopFilingScope
{
    public static bool MayRead(Actor actor) => actor.Can(Capability.FileSeals) || actor.Can(Capability.SuperviseShops);

    /// <remarks>Tracked: an AsNoTracking in a subquery would make the whole query untracked, and a decision saves what it loads.</remarks>
    public static IQueryable<EngravingShop> Shops(SealGuardDbContext db, Actor actor) => actor.Scope switch
    {
        ScopeKind.Shop => db.Shops.Where(s => s.Id == actor.ShopId),
        ScopeKind.Jurisdiction => db.Shops.VisibleTo(actor),
        _ => db.Shops.Where(_ => false),
    };

    public static IQueryable<ShopFiling> VisibleTo(this IQueryable<ShopFiling> filings, SealGuardDbContext db, Actor actor)
    {
        var shops = Shops(db, actor);
        return filings.Where(f => shops.Any(s => s.Id == f.ShopId));
    }

    internal static string KeyOf(ShopFiling filing) => filing.Id.ToString(CultureInfo.InvariantCulture);

    internal static async Task<ShopFilingVersionView> ViewAsync(SealGuardDbContext db, ShopFiling filing, EngravingShop shop, PersonalDataProtector protector, bool reveal,
        CancellationToken cancellationToken)
    {
        var previous = await db.ShopFilings.AsNoTracking().Where(f => f.ShopId == filing.ShopId && f.Number < filing.Number).OrderByDescending(f => f.Number)
            .FirstOrDefaultAsync(cancellationToken);
        var staffIds = filing.StaffIds;
        var staff = await db.ShopStaff.AsNoTracking().Where(s => s.ShopId == filing.ShopId && staffIds.Contains(s.Id))
            .Select(s => new ShopFilingStaffView(s.Id, s.Person.Name, s.Role, s.State)).ToListAsync(cancellationToken);
        PersonView Person(PersonRecord p) => reveal ? new PersonView(p.Name, protector.Reveal(p).Value, p.Phone) : PersonView.Masked(p, protector);
        return new ShopFilingVersionView(filing.Id, shop.ShopCode, shop.Name, shop.DivisionCode, filing.Number, filing.State, filing.LicenceNumber, filing.LicenceDate, filing.DueOn,
            Person(filing.LegalRepresentative), Person(filing.Manager), filing.Address, [.. staff.OrderBy(s => staffIds.IndexOf(s.Id))], filing.Equipment, filing.SecurityRules,
            Image(filing.LicenceImage), Image(filing.FloorPlan), filing.CreatedAt, filing.CreatedByName, filing.SubmittedAt, filing.DecidedAt, filing.DecidedByName,
            filing.ReturnReason, previous?.Number, previous is null ? [] : Changes(previous, filing), reveal);
    }

    /// <summary>The fields (API names) in which <paramref name="current"/> differs from <paramref name="previous"/>.</summary>
    internal static IReadOnlyList<string> Changes(ShopFiling previous, ShopFiling current)
    {
        static bool Same(PersonRecord a, PersonRecord b) => a.IsSamePersonAs(b) && a.Name == b.Name && a.Phone == b.Phone;
        var changes = new List<string>();
        void Check(string field, bool same)
        {
            if (!same)
            {
                changes.Add(field);
            }
        }

        Check("licenceNumber", previous.LicenceNumber == current.LicenceNumber);
        Check("licenceDate", previous.LicenceDate == current.LicenceDate);
        Check("licenceImage", previous.LicenceImage?.Sha256 == current.LicenceImage?.Sha256);
        Check("legalRepresentative", Same(previous.LegalRepresentative, current.LegalRepresentative));
        Check("manager", Same(previous.Manager, current.Manager));
        Check("address", previous.Address == current.Address);
        Check("staffIds", previous.StaffIds.Order().SequenceEqual(current.StaffIds.Order()));
        Check("equipment", previous.Equipment.SequenceEqual(current.Equipment));
        Check("floorPlan", previous.FloorPlan?.Sha256 == current.FloorPlan?.Sha256);
        Check("securityRules", previous.SecurityRules == current.SecurityRules);
        return changes;
    }

    private static ShopFilingImageView? Image(ShopFilingImage? image) => image is null ? null : new(image.FileName, image.WidthPx, image.HeightPx);
}

/// <summary>
/// 刻章业备案 by the shop (its manager): saves the draft of the next version (a new version after a decision, the same
/// draft while it is one), attaches the licence and floor-plan images (the hostile-upload checks of every image) and
/// submits it. All fields are checked first and a refused step writes nothing; a submitted version waits for the police.
/// </summary>
public sealed class ManageShopFilingHandler(SealGuardDbContext db, UnitOfWork unitOfWork, AuditTrail audit, PersonalDataProtector protector, ImageUploads uploads,
    TimeProvider clock)
{
    public const int MaxStaff = FileShopHandler.MaxStaff;

    /// <summary>Saves the draft (with <paramref name="request"/> null: keeps the content, e.g. to attach images) and, when <paramref name="submit"/>, submits it.</summary>
    public async Task<Outcome<ShopFilingVersionView>> SaveAsync(Actor actor, string shopCode, ShopFilingRequest? request, IReadOnlyList<ShopFilingUpload> images, bool submit,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(images);
        if (!actor.Can(Capability.FileShopFiling) || actor.ShopId is not { } shopId)
        {
            return Failure.Forbidden();
        }

        var errors = new ValidationErrors();
        var checkedImages = new List<(ShopFilingImageKind Kind, CheckedImage Image)>();
        foreach (var image in images)
        {
            var field = image.Kind == ShopFilingImageKind.Licence ? "licenceImage" : "floorPlan";
            var result = await uploads.CheckAsync(field, image.FileName, image.Content, cancellationToken);
            if (result.Value is { } ok)
            {
                checkedImages.Add((image.Kind, ok));
            }
            else if (result.Failure!.Errors is { } imageErrors)
            {
                foreach (var (key, messages) in imageErrors)
                {
                    foreach (var message in messages)
                    {
                        errors.Add(key, message);
                    }
                }
            }
            else
            {
                return result.Failure;
            }
        }

        var typed = request is null ? null : Validate(errors, request);
        if (errors.HasErrors)
        {
            return errors.ToFailure();
        }

        return await unitOfWork.ExecuteAsync<ShopFilingVersionView>(async ct =>
        {
            var shop = await db.Shops.AsNoTracking().SingleOrDefaultAsync(s => s.Id == shopId && s.ShopCode == shopCode, ct);
            if (shop is null)
            {
                return Failure.NotFound("Shop.NotFound");
            }

            var latest = await db.ShopFilings.Where(f => f.ShopId == shopId).OrderByDescending(f => f.Number).FirstOrDefaultAsync(ct);
            var now = clock.GetUtcNow().UtcDateTime;
            ShopFiling filing;
            if (typed is not null)
            {
                var content = await ContentAsync(typed, shopId, latest, ct);
                if (content.Failure is { } invalid)
                {
                    return invalid;
                }

                if (latest is { State: ShopFilingState.Draft })
                {
                    filing = latest;
                    if (filing.Edit(content.Value!, now) is { } refused)
                    {
                        return Failure.Rule(refused);
                    }
                }
                else
                {
                    if (ShopFilingRules.CheckNewVersion(latest?.State) is { } waiting)
                    {
                        return Failure.Rule(waiting);
                    }

                    filing = new ShopFiling(shopId, (latest?.Number ?? 0) + 1, content.Value!, latest, actor.ToEventActor(), now);
                    db.ShopFilings.Add(filing);
                }
            }
            else if (latest is { State: ShopFilingState.Draft })
            {
                filing = latest;
            }
            else if (latest is null)
            {
                return Failure.Rule("ShopFiling.NoDraft");
            }
            else if (submit || ShopFilingRules.CheckNewVersion(latest.State) is not null)
            {
                return Failure.Rule(submit ? "ShopFiling.NotDraft" : "ShopFiling.AwaitingDecision");
            }
            else
            {
                // An image alone after a decision starts the next version with the content as filed.
                filing = new ShopFiling(shopId, latest.Number + 1, latest.Content, latest, actor.ToEventActor(), now);
                db.ShopFilings.Add(filing);
            }

            foreach (var (kind, image) in checkedImages)
            {
                var stored = await uploads.StoreAsync(image, ct);
                var attached = filing.Attach(kind, new ShopFilingImage
                {
                    FileName = stored.FileName,
                    Format = stored.Image.Format.ToString(),
                    Sha256 = stored.OriginalSha256,
                    NormalizedSha256 = stored.NormalizedSha256,
                    ThumbnailSha256 = stored.ThumbnailSha256,
                    WidthPx = stored.Image.WidthPx,
                    HeightPx = stored.Image.HeightPx,
                }, now);
                if (attached is { } refused)
                {
                    return Failure.Rule(refused);
                }
            }

            if (submit && filing.Submit(actor.ToEventActor(), now) is { } notReady)
            {
                return Failure.Rule(notReady);
            }

            await db.SaveChangesAsync(ct);
            audit.Record(actor, submit ? "ShopFiling.Submitted" : "ShopFiling.Drafted", "ShopFiling", ShopFilingScope.KeyOf(filing),
                detail: "v" + filing.Number.ToString(CultureInfo.InvariantCulture), division: shop.DivisionCode);
            return await ShopFilingScope.ViewAsync(db, filing, shop, protector, reveal: false, ct);
        }, cancellationToken);
    }

    private sealed record TypedFiling(CreditCode LicenceNumber, DateOnly LicenceDate, ValidPerson? LegalRepresentative, ValidPerson? Manager, string Address,
        IReadOnlyList<long>? StaffIds, IReadOnlyList<string> Equipment, string SecurityRules);

    private TypedFiling? Validate(ValidationErrors errors, ShopFilingRequest request)
    {
        var licence = errors.Parse<CreditCode>("licenceNumber", request.LicenceNumber, CreditCode.TryParse);
        if (request.LicenceDate is not { } licenceDate)
        {
            errors.Add("licenceDate", Messages.Get("Field.Required"));
        }
        else if (licenceDate > ChinaTime.Today(clock))
        {
            errors.Add("licenceDate", Messages.Get("ShopFiling.LicenceDateInFuture"));
        }

        var legal = IsBlank(request.LegalRepresentative) ? null : errors.Person("legalRepresentative", request.LegalRepresentative, phoneRequired: false);
        var manager = IsBlank(request.Manager) ? null : errors.Person("manager", request.Manager, phoneRequired: false);
        errors.Required("address", request.Address);
        errors.MaxLength("address", request.Address, FieldLimits.Address);
        if (request.StaffIds is { Count: 0 })
        {
            errors.Add("staffIds", Messages.Get("Field.Required"));
        }
        else if (request.StaffIds is { Count: > MaxStaff })
        {
            errors.Add("staffIds", Messages.Get("Shop.TooManyStaff", MaxStaff));
        }

        var equipment = (request.Equipment ?? []).Select(e => e?.Trim() ?? string.Empty).Where(e => e.Length > 0).ToList();
        if (equipment.Count == 0)
        {
            errors.Add("equipment", Messages.Get("Field.Required"));
        }
        else if (equipment.Count > ShopFilingRules.MaxEquipmentItems)
        {
            errors.Add("equipment", Messages.Get("ShopFiling.TooManyEquipmentItems", ShopFilingRules.MaxEquipmentItems));
        }
        else if (equipment.Any(e => e.Length > ShopFilingRules.MaxEquipmentItemLength))
        {
            errors.Add("equipment", Messages.Get("ShopFiling.EquipmentItemTooLong", ShopFilingRules.MaxEquipmentItemLength));
        }

        errors.Required("securityRules", request.SecurityRules);
        errors.MaxLength("securityRules", request.SecurityRules, ShopFilingRules.MaxSecurityRulesLength);
        return errors.HasErrors
            ? null
            : new TypedFiling(licence!.Value, request.LicenceDate!.Value, legal, manager, request.Address!.Trim(), request.StaffIds?.Distinct().ToList(), equipment,
                request.SecurityRules!.Trim());
    }

    /// <summary>The content to store: persons protected (or carried over), staff checked against the shop's books.</summary>
    private async Task<Outcome<ShopFilingContent>> ContentAsync(TypedFiling typed, long shopId, ShopFiling? latest, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var legal = typed.LegalRepresentative?.Protect(protector) ?? latest?.LegalRepresentative;
        var manager = typed.Manager?.Protect(protector) ?? latest?.Manager;
        if (legal is null)
        {
            errors.Add("legalRepresentative.idNumber", Messages.Get("Field.Required"));
        }

        if (manager is null)
        {
            errors.Add("manager.idNumber", Messages.Get("Field.Required"));
        }

        var onBooks = await db.ShopStaff.Where(s => s.ShopId == shopId && s.State != StaffState.Deregistered).OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(ct);
        var staffIds = typed.StaffIds ?? onBooks;
        if (staffIds.Count == 0)
        {
            errors.Add("staffIds", Messages.Get("ShopFiling.NoStaff"));
        }
        else if (staffIds.Any(id => !onBooks.Contains(id)))
        {
            errors.Add("staffIds", Messages.Get("ShopFiling.UnknownStaff"));
        }

        return errors.HasErrors
            ? errors.ToFailure()
            : new ShopFilingContent(typed.LicenceNumber.Value, typed.LicenceDate, legal!, manager!, typed.Address, staffIds, typed.Equipment, typed.SecurityRules);
    }

    private static bool IsBlank(PersonInput? person) => string.IsNullOrWhiteSpace(person?.IdNumber);
}

/// <summary>
/// 刻章业备案审核: an officer of the shop's jurisdiction accepts a submitted version or returns it with a reason. A
/// version is decided once: the row's version is a concurrency token, so of parallel decisions one commits and the
/// others answer 409 (<c>Conflict.ConcurrentChange</c> or <c>ShopFiling.NotSubmitted</c>).
/// </summary>
public sealed class DecideShopFilingHandler(SealGuardDbContext db, UnitOfWork unitOfWork, AuditTrail audit, PersonalDataProtector protector, TimeProvider clock)
{
    public async Task<Outcome<ShopFilingVersionView>> HandleAsync(Actor actor, long filingId, ShopFilingDecisionRequest request, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.DecideShopFilings))
        {
            return Failure.Forbidden();
        }

        var errors = new ValidationErrors();
        if (request.Decision is not (ShopFilingState.Accepted or ShopFilingState.Returned))
        {
            errors.Add("decision", Messages.Get("Field.Required"));
        }
        else if (request.Decision == ShopFilingState.Returned)
        {
            errors.Required("reason", request.Reason);
        }

        errors.MaxLength("reason", request.Reason, ShopFilingRules.MaxReasonLength);
        if (errors.HasErrors)
        {
            return errors.ToFailure();
        }

        return await unitOfWork.ExecuteAsync<ShopFilingVersionView>(async ct =>
        {
            var filing = await db.ShopFilings.VisibleTo(db, actor).SingleOrDefaultAsync(f => f.Id == filingId, ct);
            if (filing is null)
            {
                return Failure.NotFound("ShopFiling.NotFound");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var accepted = request.Decision == ShopFilingState.Accepted;
            var refused = accepted ? filing.Accept(actor.ToEventActor(), now) : filing.Return(request.Reason!.Trim(), actor.ToEventActor(), now);
            if (refused is not null)
            {
                return Failure.Rule(refused);
            }

            await db.SaveChangesAsync(ct);
            var shop = await db.Shops.AsNoTracking().SingleAsync(s => s.Id == filing.ShopId, ct);
            audit.Record(actor, accepted ? "ShopFiling.Accepted" : "ShopFiling.Returned", "ShopFiling", ShopFilingScope.KeyOf(filing),
                detail: accepted ? "v" + filing.Number.ToString(CultureInfo.InvariantCulture) : filing.ReturnReason, division: shop.DivisionCode);
            return await ShopFilingScope.ViewAsync(db, filing, shop, protector, reveal: false, ct);
        }, cancellationToken);
    }
}

/// <summary>
/// Reading shop filings: a shop's overview (deadline, latest version, every version), one version (police views and
/// reveals audited), the police queue of the jurisdiction, and the filing's images. Another shop's or jurisdiction's
/// filing answers like an unknown one.
/// </summary>
public sealed class ReadShopFilingsHandler(SealGuardDbContext db, UnitOfWork unitOfWork, AuditTrail audit, PersonalDataProtector protector, IBlobStore blobs, TimeProvider clock)
{
    public const int MaxQueueRows = 500;

    public async Task<Outcome<ShopFilingOverview>> OverviewAsync(Actor actor, string shopCode, CancellationToken cancellationToken)
    {
        if (!ShopFilingScope.MayRead(actor))
        {
            return Failure.Forbidden();
        }

        var shop = await ShopFilingScope.Shops(db, actor).AsNoTracking().SingleOrDefaultAsync(s => s.ShopCode == shopCode, cancellationToken);
        if (shop is null)
        {
            return Failure.NotFound("Shop.NotFound");
        }

        var versions = await db.ShopFilings.AsNoTracking().Where(f => f.ShopId == shop.Id).OrderByDescending(f => f.Number).ToListAsync(cancellationToken);
        var latest = versions.FirstOrDefault();
        var accepted = versions.FirstOrDefault(v => v.State == ShopFilingState.Accepted);
        var dueOn = ShopFilingRules.DueOn(latest?.LicenceDate ?? ChinaTime.DateOf(shop.FiledAt));
        return new ShopFilingOverview(shop.ShopCode, shop.Name, shop.DivisionCode, dueOn, ShopFilingRules.IsOverdue(dueOn, ChinaTime.Today(clock), accepted is not null),
            accepted?.Number, latest is null ? null : await ShopFilingScope.ViewAsync(db, latest, shop, protector, reveal: false, cancellationToken),
            [.. versions.Select(v => new ShopFilingSummary(v.Id, v.Number, v.State, v.CreatedAt, v.SubmittedAt, v.DecidedAt, v.DecidedByName, v.ReturnReason))]);
    }

    public async Task<Outcome<ShopFilingVersionView>> VersionAsync(Actor actor, long filingId, bool reveal, string? purpose, CancellationToken cancellationToken)
    {
        if (!ShopFilingScope.MayRead(actor))
        {
            return Failure.Forbidden();
        }

        if (reveal && !actor.Can(Capability.RevealPersonalData))
        {
            return Failure.Forbidden("PersonalData.RevealForbidden");
        }

        var trimmedPurpose = reveal ? RevealPurpose.Normalize(purpose) : null;
        if (reveal && trimmedPurpose is null)
        {
            return RevealPurpose.Required();
        }

        return await unitOfWork.ExecuteAsync<ShopFilingVersionView>(async ct =>
        {
            var filing = await db.ShopFilings.AsNoTracking().VisibleTo(db, actor).SingleOrDefaultAsync(f => f.Id == filingId, ct);
            // A draft is the shop's own until it is submitted.
            if (filing is null || (filing.State == ShopFilingState.Draft && actor.Scope != ScopeKind.Shop))
            {
                return Failure.NotFound("ShopFiling.NotFound");
            }

            var shop = await db.Shops.AsNoTracking().SingleAsync(s => s.Id == filing.ShopId, ct);
            if (actor.Scope == ScopeKind.Jurisdiction)
            {
                // Names of another organization's people: the officer's reading is on record.
                audit.Record(actor, reveal ? "PersonalData.Revealed" : "ShopFiling.Viewed", "ShopFiling", ShopFilingScope.KeyOf(filing), trimmedPurpose, division: shop.DivisionCode);
            }

            return await ShopFilingScope.ViewAsync(db, filing, shop, protector, reveal, ct);
        }, cancellationToken);
    }

    /// <summary>The latest version of each shop of the jurisdiction in <paramref name="state"/> (default Submitted), oldest submission first.</summary>
    public async Task<Outcome<ShopFilingList>> QueueAsync(Actor actor, ShopFilingState? state, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.DecideShopFilings))
        {
            return Failure.Forbidden();
        }

        var shops = ShopFilingScope.Shops(db, actor);
        var latest = db.ShopFilings.AsNoTracking()
            .Where(f => f.State != ShopFilingState.Draft && shops.Any(s => s.Id == f.ShopId))
            .Where(f => !db.ShopFilings.Any(n => n.ShopId == f.ShopId && n.Number > f.Number && n.State != ShopFilingState.Draft));
        var totals = await latest.GroupBy(f => f.State).Select(g => new { State = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        int Count(ShopFilingState s) => totals.SingleOrDefault(t => t.State == s)?.Count ?? 0;
        var shown = state ?? ShopFilingState.Submitted;
        var rows = await latest.Where(f => f.State == shown)
            .Join(shops, f => f.ShopId, s => s.Id, (f, s) => new { f.Id, s.ShopCode, s.Name, s.DivisionCode, f.Number, f.State, f.SubmittedAt, f.DecidedAt, f.LicenceDate })
            .OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id)
            .Take(MaxQueueRows)
            .ToListAsync(cancellationToken);
        return new ShopFilingList([.. rows.Select(r => new ShopFilingListItem(r.Id, r.ShopCode, r.Name, r.DivisionCode, r.Number, r.State, r.SubmittedAt, r.DecidedAt,
            ShopFilingRules.DueOn(r.LicenceDate)))], new ShopFilingTotals(Count(ShopFilingState.Submitted), Count(ShopFilingState.Returned), Count(ShopFilingState.Accepted)));
    }

    /// <summary>A filing's image as PNG: the re-encoded one, or its thumbnail.</summary>
    public async Task<Outcome<ImageContent>> ImageAsync(Actor actor, long filingId, ShopFilingImageKind kind, bool thumbnail, CancellationToken cancellationToken)
    {
        if (!ShopFilingScope.MayRead(actor))
        {
            return Failure.Forbidden();
        }

        var filing = await db.ShopFilings.AsNoTracking().VisibleTo(db, actor).Where(f => f.Id == filingId)
            .Select(f => new { f.LicenceImage, f.FloorPlan }).SingleOrDefaultAsync(cancellationToken);
        var image = kind == ShopFilingImageKind.Licence ? filing?.LicenceImage : filing?.FloorPlan;
        return image is not null && await blobs.OpenReadAsync(thumbnail ? image.ThumbnailSha256 : image.NormalizedSha256, cancellationToken) is { } stream
            ? new ImageContent(stream, "image/png")
            : Failure.NotFound("ShopFiling.NotFound");
    }
}

/// <summary>
/// The shops whose filing is past its deadline at an instant: no accepted version and the China day after the deadline
/// begun. The deadline runs from the latest version's licence date, or from the day the shop was registered when it has
/// filed nothing. Closed shops file nothing more. The query of the <c>DeadlineOverdue</c> alert rule (system-wide).
/// </summary>
public sealed class FindOverdueShopFilingsHandler(SealGuardDbContext db)
{
    public async Task<IReadOnlyList<OverdueShopFiling>> HandleAsync(DateTime atUtc, CancellationToken cancellationToken)
    {
        var today = ChinaTime.DateOf(atUtc);
        var accepted = db.ShopFilings.Where(f => f.State == ShopFilingState.Accepted).Select(f => f.ShopId);
        var rows = await db.Shops.AsNoTracking()
            .Where(s => s.State != ShopState.Closed && !accepted.Contains(s.Id))
            .Select(s => new
            {
                s.Id,
                s.ShopCode,
                s.Name,
                s.DivisionCode,
                s.FiledAt,
                Licence = db.ShopFilings.Where(f => f.ShopId == s.Id).OrderByDescending(f => f.Number).Select(f => (DateOnly?)f.LicenceDate).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return [.. rows
            .Select(r => new OverdueShopFiling(r.Id, r.ShopCode, r.Name, r.DivisionCode, ShopFilingRules.DueOn(r.Licence ?? ChinaTime.DateOf(r.FiledAt))))
            .Where(r => ShopFilingRules.IsOverdue(r.DueOn, today, accepted: false))
            .OrderBy(r => r.DueOn).ThenBy(r => r.ShopId)];
    }
}

/// <summary>The blobs of shop filing images (original, normalized, thumbnail), kept while any version refers to them.</summary>
public sealed class ShopFilingBlobReferences(SealGuardDbContext db) : IBlobReferences
{
    public async Task<IReadOnlyCollection<string>> InUseAsync(IReadOnlyCollection<string> candidates, CancellationToken cancellationToken)
    {
        var images = await db.ShopFilings.AsNoTracking().Select(f => new { f.LicenceImage, f.FloorPlan }).ToListAsync(cancellationToken);
        return images.SelectMany(i => new[] { i.LicenceImage, i.FloorPlan }).OfType<ShopFilingImage>()
            .SelectMany(i => new[] { i.Sha256, i.NormalizedSha256, i.ThumbnailSha256 }).Where(candidates.Contains).ToHashSet(StringComparer.Ordinal);
    }
}
