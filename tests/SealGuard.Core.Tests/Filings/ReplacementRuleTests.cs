using SealGuard.Core.Filings;
using static SealGuard.Core.Tests.Filings.FilingTestData;

namespace SealGuard.Core.Tests.Filings;

public sealed class ReplacementRuleTests
{
    [Fact]
    public void A_delivered_replacement_of_the_official_seal_surrenders_the_old_one_with_a_note()
    {
        var old = SealIn(FlowState.Delivered, LifeState.InUse);
        var replacement = SealIn(FlowState.Delivered, LifeState.InUse, EngravingReason.Replacement);

        var surrendered = ReplacementRule.SurrenderSuperseded(replacement, [old, replacement], Actor, T0.AddDays(9));

        surrendered.ShouldBe([old]);
        old.Life.ShouldBe(LifeState.Surrendered);
        old.History[^1].Note.ShouldNotBeNull().ShouldContain(replacement.SealCode);
        replacement.Life.ShouldBe(LifeState.InUse);
    }

    [Theory]
    [InlineData(EngravingReason.New, "01")]
    [InlineData(EngravingReason.DamagedReplacement, "01")]
    [InlineData(EngravingReason.Replacement, "02")]
    public void Other_reasons_and_types_supersede_nothing(EngravingReason reason, string type)
    {
        var old = SealIn(FlowState.Delivered, LifeState.InUse);
        var filing = NewFiling(reason);
        var other = AddSeal(filing, type, serial: 2);

        ReplacementRule.SurrenderSuperseded(other, [old], Actor, T0).ShouldBeEmpty();
        old.Life.ShouldBe(LifeState.InUse);
    }

    [Fact]
    public void Seals_not_yet_delivered_or_already_lost_are_left_alone()
    {
        var accepted = SealIn(FlowState.Accepted, LifeState.InUse);
        var lost = SealIn(FlowState.Delivered, LifeState.ReportedLost);
        var replacement = SealIn(FlowState.Delivered, LifeState.InUse, EngravingReason.Replacement);

        ReplacementRule.SurrenderSuperseded(replacement, [accepted, lost], Actor, T0).ShouldBeEmpty();
        accepted.Life.ShouldBe(LifeState.InUse);
        lost.Life.ShouldBe(LifeState.ReportedLost);
    }
}
