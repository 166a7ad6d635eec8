using SealGuard.Core.Filings;
using static SealGuard.Core.Tests.Filings.FilingTestData;

namespace SealGuard.Core.Tests.Filings;

public class LifeStateRuleTests
{
    /// <summary>Every (flow, life) pair reachable through the public API, against every target; true = allowed.</summary>
    [Theory]
    //          from flow            from life               → lost  surrender scrap
    [InlineData(FlowState.Accepted, LifeState.InUse, false, false, true)]
    [InlineData(FlowState.Engraved, LifeState.InUse, false, false, true)]
    [InlineData(FlowState.Delivered, LifeState.InUse, true, true, true)]
    [InlineData(FlowState.Delivered, LifeState.ReportedLost, false, true, true)]
    [InlineData(FlowState.Delivered, LifeState.Surrendered, false, false, false)]
    [InlineData(FlowState.Accepted, LifeState.Scrapped, false, false, false)]
    [InlineData(FlowState.Engraved, LifeState.Scrapped, false, false, false)]
    [InlineData(FlowState.Delivered, LifeState.Scrapped, false, false, false)]
    public void Allowed_life_state_changes(FlowState flow, LifeState life, bool toReportedLost, bool toSurrendered, bool toScrapped)
    {
        var seal = SealIn(flow, life);

        ShouldBeAllowed(seal, LifeState.ReportedLost, toReportedLost);
        ShouldBeAllowed(seal, LifeState.Surrendered, toSurrendered);
        ShouldBeAllowed(seal, LifeState.Scrapped, toScrapped);
    }

    [Theory]
    [InlineData(FlowState.Accepted, LifeState.InUse)]
    [InlineData(FlowState.Delivered, LifeState.InUse)]
    [InlineData(FlowState.Delivered, LifeState.ReportedLost)]
    [InlineData(FlowState.Delivered, LifeState.Surrendered)]
    [InlineData(FlowState.Delivered, LifeState.Scrapped)]
    public void No_seal_can_be_brought_back_into_use(FlowState flow, LifeState life)
    {
        LifeStateRule.Check(SealIn(flow, life), LifeState.InUse).ShouldNotBeNull().Code.ShouldBe("Seal.CannotBecomeInUse");
    }

    [Fact]
    public void Checking_changes_nothing()
    {
        var seal = SealIn(FlowState.Delivered, LifeState.InUse);
        var before = Snapshot(seal);

        foreach (var target in Enum.GetValues<LifeState>())
        {
            LifeStateRule.Check(seal, target);
        }

        Snapshot(seal).ShouldBe(before);
    }

    [Theory]
    [InlineData(FlowState.Accepted, LifeState.InUse, LifeState.ReportedLost)]
    [InlineData(FlowState.Engraved, LifeState.InUse, LifeState.Surrendered)]
    [InlineData(FlowState.Delivered, LifeState.ReportedLost, LifeState.ReportedLost)]
    [InlineData(FlowState.Delivered, LifeState.Surrendered, LifeState.Scrapped)]
    public void The_seal_methods_refuse_what_the_rule_refuses(FlowState flow, LifeState life, LifeState target)
    {
        var seal = SealIn(flow, life);
        var expected = LifeStateRule.Check(seal, target).ShouldNotBeNull();

        var error = target switch
        {
            LifeState.ReportedLost => seal.ReportLost(Actor, T0.AddDays(9), null),
            LifeState.Surrendered => seal.Surrender(Actor, T0.AddDays(9), null),
            _ => seal.Scrap(Actor, T0.AddDays(9), null),
        };

        error.ShouldBe(expected);
        seal.Life.ShouldBe(life);
    }

    private static void ShouldBeAllowed(Seal seal, LifeState target, bool allowed)
    {
        var error = LifeStateRule.Check(seal, target);
        if (allowed)
        {
            error.ShouldBeNull($"{seal.Flow}/{seal.Life} → {target} should be allowed");
        }
        else
        {
            var code = $"Seal.CannotBecome{target}";
            error.ShouldNotBeNull($"{seal.Flow}/{seal.Life} → {target} should be refused").Code.ShouldBe(code);
            error.Message.ShouldNotBe(code);
        }
    }
}
