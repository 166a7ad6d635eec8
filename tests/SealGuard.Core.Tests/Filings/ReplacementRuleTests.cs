using SealGuard.Core.Filings;
using static SealGuard.Core.Tests.Filings.FilingTestData;

namespace SealGuard.Core.Tests.Filings;

public sealed class ReplacementRuleTests
{
    private static readonly (FlowState, LifeState)[] NoReplacements = [];

    [Theory]
    [InlineData(EngravingReason.Replacement)]
    [InlineData(EngravingReason.DamagedReplacement)]
    public void A_replacement_or_damaged_replacement_names_a_delivered_seal_in_use(EngravingReason reason)
    {
        ReplacementRule.CheckReplaced(reason, "01", OrganizationId, SealIn(FlowState.Delivered, LifeState.InUse), NoReplacements).ShouldBeNull();

        Code(reason, SealIn(FlowState.Engraved, LifeState.InUse)).ShouldBe("Seal.ReplacedSealNotInUse");
        Code(reason, SealIn(FlowState.Delivered, LifeState.Surrendered)).ShouldBe("Seal.ReplacedSealNotInUse");
        Code(reason, SealIn(FlowState.Accepted, LifeState.Scrapped)).ShouldBe("Seal.ReplacedSealNotInUse");
        Code(reason, SealIn(FlowState.Delivered, LifeState.ReportedLost)).ShouldBe("Seal.LostReplacementRequired");
    }

    [Fact]
    public void A_lost_replacement_names_a_seal_reported_lost()
    {
        ReplacementRule.CheckReplaced(EngravingReason.LostReplacement, "01", OrganizationId, SealIn(FlowState.Delivered, LifeState.ReportedLost), NoReplacements).ShouldBeNull();

        Code(EngravingReason.LostReplacement, SealIn(FlowState.Delivered, LifeState.InUse)).ShouldBe("Seal.LostSealNotReported");
        Code(EngravingReason.LostReplacement, SealIn(FlowState.Delivered, LifeState.Surrendered)).ShouldBe("Seal.LostSealNotReported");
    }

    [Fact]
    public void The_named_seal_must_exist_and_be_of_the_same_organization_and_type()
    {
        var old = SealIn(FlowState.Delivered, LifeState.InUse, type: "02");

        ReplacementRule.CheckReplaced(EngravingReason.Replacement, "02", OrganizationId, null, NoReplacements).ShouldNotBeNull().Code.ShouldBe("Seal.ReplacedSealNotFound");
        ReplacementRule.CheckReplaced(EngravingReason.Replacement, "03", OrganizationId, old, NoReplacements).ShouldNotBeNull().Code.ShouldBe("Seal.ReplacedSealMismatch");
        ReplacementRule.CheckReplaced(EngravingReason.Replacement, "02", OrganizationId + 1, old, NoReplacements).ShouldNotBeNull().Code.ShouldBe("Seal.ReplacedSealMismatch");
        ReplacementRule.CheckReplaced(EngravingReason.Replacement, "02", OrganizationId, old, NoReplacements).ShouldBeNull();
    }

    [Fact]
    public void A_seal_already_claimed_by_another_replacement_is_refused_unless_that_one_was_scrapped_before_delivery()
    {
        var old = SealIn(FlowState.Delivered, LifeState.InUse);

        ReplacementRule.CheckReplaced(EngravingReason.Replacement, "01", OrganizationId, old, [(FlowState.Accepted, LifeState.InUse)])
            .ShouldNotBeNull().Code.ShouldBe("Seal.ReplacementInProgress");
        ReplacementRule.CheckReplaced(EngravingReason.Replacement, "01", OrganizationId, old, [(FlowState.Delivered, LifeState.InUse)])
            .ShouldNotBeNull().Code.ShouldBe("Seal.AlreadyReplaced");
        ReplacementRule.CheckReplaced(EngravingReason.Replacement, "01", OrganizationId, old, [(FlowState.Engraved, LifeState.Scrapped)]).ShouldBeNull();
    }

    [Theory]
    [InlineData(EngravingReason.Replacement, "01")]
    [InlineData(EngravingReason.Replacement, "02")]
    [InlineData(EngravingReason.DamagedReplacement, "01")]
    [InlineData(EngravingReason.DamagedReplacement, "04")]
    public void Delivering_a_replacement_surrenders_the_seal_it_names_with_a_note(EngravingReason reason, string type)
    {
        var old = SealIn(FlowState.Delivered, LifeState.InUse, type: type);
        var replacement = SealIn(FlowState.Delivered, LifeState.InUse, reason, type, replaces: old);

        ReplacementRule.RetireReplaced(replacement, Actor, T0.AddDays(9)).ShouldBeSameAs(old);

        old.Life.ShouldBe(LifeState.Surrendered);
        old.History[^1].Action.ShouldBe(SealAction.Surrendered);
        old.History[^1].Note.ShouldNotBeNull().ShouldContain(replacement.SealCode);
        replacement.Life.ShouldBe(LifeState.InUse);
    }

    [Fact]
    public void Delivering_a_lost_replacement_leaves_the_lost_seal_reported_lost()
    {
        var lost = SealIn(FlowState.Delivered, LifeState.ReportedLost);
        var history = lost.History.Count;
        var replacement = SealIn(FlowState.Delivered, LifeState.InUse, EngravingReason.LostReplacement, replaces: lost);

        ReplacementRule.RetireReplaced(replacement, Actor, T0.AddDays(9)).ShouldBeNull();

        lost.Life.ShouldBe(LifeState.ReportedLost);
        lost.History.Count.ShouldBe(history);
    }

    [Fact]
    public void A_new_seal_replaces_nothing()
    {
        ReplacementRule.RetireReplaced(SealIn(FlowState.Delivered, LifeState.InUse), Actor, T0).ShouldBeNull();
        ReplacementRule.NamesReplacedSeal(EngravingReason.New).ShouldBeFalse();
        Enum.GetValues<EngravingReason>().Where(ReplacementRule.NamesReplacedSeal).ShouldBe([EngravingReason.Replacement, EngravingReason.LostReplacement, EngravingReason.DamagedReplacement]);
    }

    private static string? Code(EngravingReason reason, Seal replaced) =>
        ReplacementRule.CheckReplaced(reason, replaced.Type, OrganizationId, replaced, NoReplacements)?.Code;
}
