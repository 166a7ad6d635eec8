using SealGuard.Core.Filings;

namespace SealGuard.Core.Tests.Filings;

public class SingleInUseSealRuleTests
{
    private const string InUse = "Seal.UniqueTypeInUse";
    private const string InProgress = "Seal.ReplacementInProgress";
    private const string LostReplacementRequired = "Seal.LostReplacementRequired";

    /// <summary>
    /// The organization's other seals of the type (without the one the new seal replaces), one letter each:
    /// A = in use, accepted; E = in use, engraved; D = in use, delivered;
    /// L = delivered, reported lost; S = delivered, surrendered; X = scrapped (accepted). "-" = none.
    /// Whether the replaced seal itself may be replaced is <see cref="ReplacementRule"/>'s question.
    /// </summary>
    private static readonly (string Existing, EngravingReason Reason, string? Expected)[] UniqueTypeTable =
    [
        // Nothing else of the type: a replacement of the one it names, or a first seal.
        ("-", EngravingReason.New, null),
        ("-", EngravingReason.Replacement, null),
        ("-", EngravingReason.LostReplacement, null),
        ("-", EngravingReason.DamagedReplacement, null),

        // Another delivered seal in use besides the one replaced: nothing more.
        ("D", EngravingReason.New, InUse),
        ("D", EngravingReason.Replacement, InUse),
        ("D", EngravingReason.LostReplacement, InUse),
        ("D", EngravingReason.DamagedReplacement, InUse),

        // An accepted or engraved one is a seal still being made (e.g. earlier in the same filing, or another replacement).
        ("A", EngravingReason.New, InUse),
        ("A", EngravingReason.Replacement, InProgress),
        ("A", EngravingReason.LostReplacement, InProgress),
        ("A", EngravingReason.DamagedReplacement, InProgress),
        ("E", EngravingReason.New, InUse),
        ("E", EngravingReason.Replacement, InProgress),
        ("E", EngravingReason.LostReplacement, InProgress),
        ("E", EngravingReason.DamagedReplacement, InProgress),

        // The only one is reported lost: a new one is made only as its lost replacement (which needs the newspaper notice).
        ("L", EngravingReason.New, LostReplacementRequired),
        ("L", EngravingReason.Replacement, null),
        ("L", EngravingReason.LostReplacement, null),
        ("L", EngravingReason.DamagedReplacement, null),

        ("S", EngravingReason.New, null),
        ("S", EngravingReason.Replacement, null),
        ("S", EngravingReason.LostReplacement, null),
        ("S", EngravingReason.DamagedReplacement, null),

        ("X", EngravingReason.New, null),
        ("X", EngravingReason.Replacement, null),
        ("X", EngravingReason.LostReplacement, null),
        ("X", EngravingReason.DamagedReplacement, null),

        // A replacement already accepted next to a delivered original.
        ("DA", EngravingReason.New, InUse),
        ("DA", EngravingReason.Replacement, InProgress),
        ("DA", EngravingReason.LostReplacement, InProgress),
        ("DA", EngravingReason.DamagedReplacement, InProgress),

        // A lost seal already replaced by a delivered one.
        ("LD", EngravingReason.New, InUse),
        ("LD", EngravingReason.Replacement, InUse),
        ("LD", EngravingReason.LostReplacement, InUse),
        ("LD", EngravingReason.DamagedReplacement, InUse),

        // A lost-seal replacement still being made.
        ("LA", EngravingReason.New, InUse),
        ("LA", EngravingReason.Replacement, InProgress),
        ("LA", EngravingReason.LostReplacement, InProgress),
        ("LA", EngravingReason.DamagedReplacement, InProgress),

        // The original surrendered on delivery of its replacement, which is in use.
        ("SD", EngravingReason.New, InUse),
        ("SD", EngravingReason.Replacement, InUse),
        ("SD", EngravingReason.LostReplacement, InUse),
        ("SD", EngravingReason.DamagedReplacement, InUse),

        // Only history left.
        ("SX", EngravingReason.New, null),
        ("SX", EngravingReason.LostReplacement, null),
        ("LS", EngravingReason.LostReplacement, null),
        ("LS", EngravingReason.New, LostReplacementRequired),
    ];

    private static readonly string[] ExistingSets = ["-", "A", "E", "D", "L", "S", "X", "DA", "LD", "LA", "SD"];

    public static TheoryData<string, string, EngravingReason, string?> UniqueTypeCases()
    {
        var data = new TheoryData<string, string, EngravingReason, string?>();
        foreach (var type in new[] { "01", "05" })
        {
            foreach (var (existing, reason, expected) in UniqueTypeTable)
            {
                data.Add(type, existing, reason, expected);
            }
        }

        return data;
    }

    public static TheoryData<string, EngravingReason> OtherTypeCases()
    {
        var data = new TheoryData<string, EngravingReason>();
        foreach (var existing in ExistingSets)
        {
            foreach (var reason in Enum.GetValues<EngravingReason>())
            {
                data.Add(existing, reason);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(UniqueTypeCases))]
    public void Types_01_and_05_allow_one_in_use_seal(string type, string existing, EngravingReason reason, string? expectedCode)
    {
        var error = SingleInUseSealRule.Check(type, reason, Existing(existing));

        if (expectedCode is null)
        {
            error.ShouldBeNull();
        }
        else
        {
            error.ShouldNotBeNull().Code.ShouldBe(expectedCode);
            error.Message.ShouldNotBe(expectedCode);
        }
    }

    [Theory]
    [MemberData(nameof(OtherTypeCases))]
    public void Type_02_is_never_limited(string existing, EngravingReason reason)
    {
        SingleInUseSealRule.Check("02", reason, Existing(existing)).ShouldBeNull();
    }

    [Fact]
    public void The_table_covers_every_reason_for_every_single_existing_state()
    {
        foreach (var existing in new[] { "-", "A", "E", "D", "L", "S", "X" })
        {
            UniqueTypeTable.Where(r => r.Existing == existing).Select(r => r.Reason).Order()
                .ShouldBe(Enum.GetValues<EngravingReason>());
        }
    }

    [Fact]
    public void Only_01_and_05_are_unique()
    {
        SingleInUseSealRule.UniqueTypes.Order(StringComparer.Ordinal).ShouldBe(["01", "05"]);
    }

    [Fact]
    public void A_second_seal_of_a_unique_type_in_the_same_new_filing_is_refused()
    {
        // The caller adds each seal accepted earlier in the filing as (Accepted, InUse) before checking the next.
        List<(FlowState, LifeState)> held = [];
        SingleInUseSealRule.Check("01", EngravingReason.New, held).ShouldBeNull();
        held.Add((FlowState.Accepted, LifeState.InUse));

        SingleInUseSealRule.Check("01", EngravingReason.New, held).ShouldNotBeNull().Code.ShouldBe(InUse);
    }

    [Fact]
    public void Two_replacements_of_the_same_type_in_one_filing_are_refused()
    {
        // The delivered original is the replaced seal, so it is not among the others; the first replacement then is.
        List<(FlowState, LifeState)> held = [];
        SingleInUseSealRule.Check("05", EngravingReason.Replacement, held).ShouldBeNull();
        held.Add((FlowState.Accepted, LifeState.InUse));

        SingleInUseSealRule.Check("05", EngravingReason.Replacement, held).ShouldNotBeNull().Code.ShouldBe(InProgress);
    }

    private static List<(FlowState Flow, LifeState Life)> Existing(string letters) =>
        letters == "-"
            ? []
            : letters.Select(c => c switch
            {
                'A' => (FlowState.Accepted, LifeState.InUse),
                'E' => (FlowState.Engraved, LifeState.InUse),
                'D' => (FlowState.Delivered, LifeState.InUse),
                'L' => (FlowState.Delivered, LifeState.ReportedLost),
                'S' => (FlowState.Delivered, LifeState.Surrendered),
                'X' => (FlowState.Accepted, LifeState.Scrapped),
                _ => throw new ArgumentOutOfRangeException(nameof(letters), letters, null),
            }).ToList();
}
