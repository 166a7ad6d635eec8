using SealGuard.Core.Codes;
using SealGuard.Core.Divisions;
using SealGuard.Core.Filings;
using SealGuard.Core.Organizations;
using SealGuard.Core.People;
using SealGuard.Core.Shops;

namespace SealGuard.Core.Tests.Filings;

/// <summary>
/// Builds filings, seals and staff through the public domain API only (ids stay 0: nothing is persisted).
/// All names and index values are made up.
/// </summary>
internal static class FilingTestData
{
    public const long ShopId = 7;
    public const long OtherShopId = 8;
    public const long OrganizationId = 42;

    public static readonly EventActor Actor = new(5, "店员甲");
    public static readonly DateTime T0 = new(2025, 6, 15, 1, 0, 0, DateTimeKind.Utc);

    private static readonly DivisionCode Division = DivisionCode.Parse("410702", DivisionCatalog.Default);

    public static PersonRecord Person(string name, string index) =>
        new() { Name = name, IdNumberCipher = "x", IdNumberIndex = index };

    public static PersonRecord LegalRepresentative() => Person("王丽华", "idx-a");

    /// <summary>Someone other than the legal representative.</summary>
    public static PersonRecord OtherPerson() => Person("李强", "idx-b");

    /// <summary>A filing whose agent is the legal representative unless <paramref name="agent"/> says otherwise.</summary>
    public static Filing NewFiling(EngravingReason reason = EngravingReason.New, PersonRecord? agent = null, long shopId = ShopId, long organizationId = OrganizationId) =>
        new(shopId, organizationId, reason, agent ?? LegalRepresentative(), Presented(), Actor, T0);

    /// <summary>The organization's details as an intake presents them.</summary>
    public static OrganizationDetails Presented() =>
        new("91410702MA3X00000A", "新乡市恒泰商贸有限公司", "02", "410702", "河南省新乡市红旗区人民路1号", LegalRepresentative());

    public static SealCode Code(int serial) => SealCode.Create(Division, serial);

    public static SealSpecification Specification(string type = "01") =>
        new(type, "01", "01", "R40", "新乡市恒泰商贸有限公司");

    public static Seal AddSeal(Filing filing, string type = "01", int serial = 1) =>
        filing.AddSeal(Code(serial), Specification(type), Actor, T0);

    /// <summary>A fresh seal on a fresh filing (agent = legal representative, reason New).</summary>
    public static Seal NewSeal(EngravingReason reason = EngravingReason.New) => AddSeal(NewFiling(reason));

    public static ShopStaff Staff(long shopId = ShopId, StaffRole role = StaffRole.Engraver) =>
        ShopStaff.Filed(shopId, Person("赵伟", "idx-e"), role, DateOnly.FromDateTime(T0.AddYears(-1)), T0.AddYears(-1), Actor);

    public static FilingDocument Attach(Filing filing, DocumentKind kind) =>
        filing.AttachDocument(kind, kind + ".jpg", "jpeg", new string('a', 64), new string('b', 64), 123_456, 1240, 1754, Actor, T0);

    public static Imprint Imprint(DateTime uploadedAt, char hash = 'c') =>
        new(new string(hash, 64), new string('d', 64), new string('e', 64), "png", 45_000, 600, 600, 600, 600, uploadedAt);

    /// <summary>
    /// Brings a new seal to (<paramref name="flow"/>, <paramref name="life"/>) through the public methods, asserting each step.
    /// Only reachable pairs work: ReportedLost and Surrendered need Delivered.
    /// </summary>
    public static Seal SealIn(FlowState flow, LifeState life, EngravingReason reason = EngravingReason.New, string type = "01", Seal? replaces = null)
    {
        var filing = NewFiling(reason);
        if (reason == EngravingReason.LostReplacement)
        {
            Attach(filing, DocumentKind.NewspaperNotice);
        }

        var seal = filing.AddSeal(Code(replaces is null ? 1 : 2), Specification(type), Actor, T0, replaces);
        if (flow >= FlowState.Engraved)
        {
            seal.Engrave(Staff(), Actor, T0.AddHours(1)).ShouldBeNull();
        }

        if (flow >= FlowState.Delivered)
        {
            seal.AttachImprint(Imprint(T0.AddHours(2)), Actor, T0.AddHours(2)).ShouldBeNull();
            seal.Deliver(OtherPerson(), Actor, T0.AddHours(3)).ShouldBeNull();
        }

        var error = life switch
        {
            LifeState.InUse => null,
            LifeState.ReportedLost => seal.ReportLost(Actor, T0.AddDays(1), null),
            LifeState.Surrendered => seal.Surrender(Actor, T0.AddDays(1), null),
            LifeState.Scrapped => seal.Scrap(Actor, T0.AddDays(1), null),
            _ => throw new ArgumentOutOfRangeException(nameof(life)),
        };
        error.ShouldBeNull();
        seal.Flow.ShouldBe(flow);
        seal.Life.ShouldBe(life);
        return seal;
    }

    /// <summary>Everything a refused transition must leave as it was.</summary>
    public static SealSnapshot Snapshot(Seal seal) => new(
        seal.Flow,
        seal.Life,
        seal.Version,
        seal.History.Count,
        seal.EngravedAt,
        seal.DeliveredAt,
        seal.ReportedLostAt,
        seal.SurrenderedAt,
        seal.ScrappedAt,
        seal.EngraverStaffId,
        seal.Recipient,
        seal.Imprint);
}

internal sealed record SealSnapshot(
    FlowState Flow,
    LifeState Life,
    long Version,
    int HistoryCount,
    DateTime? EngravedAt,
    DateTime? DeliveredAt,
    DateTime? ReportedLostAt,
    DateTime? SurrenderedAt,
    DateTime? ScrappedAt,
    long? EngraverStaffId,
    PersonRecord? Recipient,
    Imprint? Imprint);
