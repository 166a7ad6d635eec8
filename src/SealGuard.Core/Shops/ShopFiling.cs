using SealGuard.Core.Codes;
using SealGuard.Core.Exchange;
using SealGuard.Core.Filings;
using SealGuard.Core.People;

namespace SealGuard.Core.Shops;

/// <summary>An uploaded image of a shop filing as stored: the original, its re-encoded PNG and thumbnail (content-addressed blobs).</summary>
public sealed class ShopFilingImage
{
    public required string FileName { get; init; }
    public required string Format { get; init; }
    public required string Sha256 { get; init; }
    public required string NormalizedSha256 { get; init; }
    public required string ThumbnailSha256 { get; init; }
    public int WidthPx { get; init; }
    public int HeightPx { get; init; }
}

/// <summary>What the shop files (《印铸刻字业暂行管理规则》 art. 3): licence, the two responsible persons, staff, address, equipment, rules.</summary>
public sealed record ShopFilingContent(
    string LicenceNumber,
    DateOnly LicenceDate,
    PersonRecord LegalRepresentative,
    PersonRecord Manager,
    string Address,
    IReadOnlyList<long> StaffIds,
    IReadOnlyList<string> Equipment,
    string SecurityRules);

/// <summary>
/// 刻章业备案, one version of it. The shop drafts a version and submits it; police of the shop's county accept it or
/// return it with a reason; a correction or a later change (address, manager, equipment) is a new version, so every
/// version stays as it was decided. A version is decided once: its row version is a concurrency token.
/// </summary>
public sealed class ShopFiling : IFerried
{
    public long Id { get; private set; }
    public Guid Key { get; private set; }
    public long Version { get; private set; }
    public long ShopId { get; private set; }

    /// <summary>1 for the shop's first version, then one up per re-filing.</summary>
    public int Number { get; private set; }

    public ShopFilingState State { get; private set; }

    /// <summary>统一社会信用代码 on the business licence.</summary>
    public string LicenceNumber { get; private set; } = null!;

    /// <summary>The licence's date (China day): the filing is due <see cref="ShopFilingRules.DueWithinDays"/> days after it.</summary>
    public DateOnly LicenceDate { get; private set; }

    public ShopFilingImage? LicenceImage { get; private set; }
    public PersonRecord LegalRepresentative { get; private set; } = null!;
    public PersonRecord Manager { get; private set; } = null!;
    public string Address { get; private set; } = null!;

    /// <summary>The shop's registered staff (从业人员) the version lists, by their staff record.</summary>
    public List<long> StaffIds { get; private set; } = [];

    /// <summary>公章刻制和信息备案设备清单, one item each.</summary>
    public List<string> Equipment { get; private set; } = [];

    public ShopFilingImage? FloorPlan { get; private set; }

    /// <summary>内部管理制度和安全制度, as text.</summary>
    public string SecurityRules { get; private set; } = null!;

    public DateTime CreatedAt { get; private set; }
    public string CreatedByName { get; private set; } = null!;
    public DateTime UpdatedAt { get; private set; }
    public DateTime? SubmittedAt { get; private set; }
    public string? SubmittedByName { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    public long? DecidedByUserId { get; private set; }
    public string? DecidedByName { get; private set; }
    public string? ReturnReason { get; private set; }

    private ShopFiling()
    {
    }

    /// <summary>A new draft version; the images carry over from the version it follows unless replaced.</summary>
    public ShopFiling(long shopId, int number, ShopFilingContent content, ShopFiling? previous, EventActor shop, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(content);
        Key = StableKey.New(now);
        Version = 1;
        ShopId = shopId;
        Number = number;
        State = ShopFilingState.Draft;
        CreatedAt = now;
        CreatedByName = shop.UserName;
        LicenceImage = Copy(previous?.LicenceImage);
        FloorPlan = Copy(previous?.FloorPlan);
        Apply(content, now);
    }

    /// <summary>The content as filed, to carry into the next version.</summary>
    public ShopFilingContent Content => new(LicenceNumber, LicenceDate, LegalRepresentative, Manager, Address, StaffIds, Equipment, SecurityRules);

    public DateOnly DueOn => ShopFilingRules.DueOn(LicenceDate);

    public CodeError? Edit(ShopFilingContent content, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!ShopFilingRules.IsEditable(State))
        {
            return RuleViolation.Of("ShopFiling.NotDraft");
        }

        Apply(content, now);
        return null;
    }

    public CodeError? Attach(ShopFilingImageKind kind, ShopFilingImage image, DateTime now)
    {
        if (!ShopFilingRules.IsEditable(State))
        {
            return RuleViolation.Of("ShopFiling.NotDraft");
        }

        if (kind == ShopFilingImageKind.Licence)
        {
            LicenceImage = image;
        }
        else
        {
            FloorPlan = image;
        }

        UpdatedAt = now;
        return null;
    }

    /// <summary>The shop submits the draft; both images must be there.</summary>
    public CodeError? Submit(EventActor shop, DateTime now)
    {
        if (ShopFilingRules.CheckSubmit(State) is { } refused)
        {
            return refused;
        }

        if (LicenceImage is null || FloorPlan is null)
        {
            return RuleViolation.Of("ShopFiling.ImagesMissing");
        }

        State = ShopFilingState.Submitted;
        SubmittedAt = now;
        SubmittedByName = shop.UserName;
        UpdatedAt = now;
        return null;
    }

    public CodeError? Accept(EventActor officer, DateTime now) => Decide(ShopFilingState.Accepted, null, officer, now);

    public CodeError? Return(string reason, EventActor officer, DateTime now) => Decide(ShopFilingState.Returned, reason, officer, now);

    private CodeError? Decide(ShopFilingState to, string? reason, EventActor officer, DateTime now)
    {
        if (ShopFilingRules.CheckDecision(State) is { } refused)
        {
            return refused;
        }

        State = to;
        ReturnReason = reason;
        DecidedAt = now;
        DecidedByUserId = officer.UserId;
        DecidedByName = officer.UserName;
        UpdatedAt = now;
        return null;
    }

    private void Apply(ShopFilingContent content, DateTime now)
    {
        LicenceNumber = content.LicenceNumber;
        LicenceDate = content.LicenceDate;
        LegalRepresentative = Copy(content.LegalRepresentative);
        Manager = Copy(content.Manager);
        Address = content.Address;
        StaffIds = [.. content.StaffIds];
        Equipment = [.. content.Equipment];
        SecurityRules = content.SecurityRules;
        UpdatedAt = now;
    }

    // An owned value belongs to one row: a version carried over gets copies, never the previous version's instances.
    private static PersonRecord Copy(PersonRecord person) =>
        new() { Name = person.Name, IdNumberCipher = person.IdNumberCipher, IdNumberIndex = person.IdNumberIndex, Phone = person.Phone };

    private static ShopFilingImage? Copy(ShopFilingImage? image) => image is null ? null : new()
    {
        FileName = image.FileName,
        Format = image.Format,
        Sha256 = image.Sha256,
        NormalizedSha256 = image.NormalizedSha256,
        ThumbnailSha256 = image.ThumbnailSha256,
        WidthPx = image.WidthPx,
        HeightPx = image.HeightPx,
    };
}
