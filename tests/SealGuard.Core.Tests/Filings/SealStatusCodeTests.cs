using SealGuard.Core.Filings;

namespace SealGuard.Core.Tests.Filings;

public class SealStatusCodeTests
{
    [Theory]
    [InlineData(FlowState.Accepted, LifeState.InUse, 2)]
    [InlineData(FlowState.Engraved, LifeState.InUse, 3)]
    [InlineData(FlowState.Delivered, LifeState.InUse, 4)]
    [InlineData(FlowState.Accepted, LifeState.Scrapped, 5)]
    [InlineData(FlowState.Engraved, LifeState.Scrapped, 5)]
    [InlineData(FlowState.Delivered, LifeState.Scrapped, 5)]
    [InlineData(FlowState.Accepted, LifeState.Surrendered, 6)]
    [InlineData(FlowState.Engraved, LifeState.Surrendered, 6)]
    [InlineData(FlowState.Delivered, LifeState.Surrendered, 6)]
    [InlineData(FlowState.Accepted, LifeState.ReportedLost, 7)]
    [InlineData(FlowState.Engraved, LifeState.ReportedLost, 7)]
    [InlineData(FlowState.Delivered, LifeState.ReportedLost, 7)]
    public void Every_flow_and_life_pair_maps_to_its_GA_241_2_code(FlowState flow, LifeState life, int expected)
    {
        SealStatusCode.From(flow, life).ShouldBe(expected);
    }

    [Fact]
    public void The_table_covers_every_enum_pair()
    {
        var pairs = Enum.GetValues<FlowState>().SelectMany(f => Enum.GetValues<LifeState>().Select(l => (f, l))).ToList();

        pairs.Count.ShouldBe(12);
        pairs.ShouldAllBe(p => SealStatusCode.From(p.f, p.l) >= 2 && SealStatusCode.From(p.f, p.l) <= 7);
    }

    [Fact]
    public void The_constants_are_the_GA_241_2_codes()
    {
        SealStatusCode.Approved.ShouldBe(1);
        SealStatusCode.Accepted.ShouldBe(2);
        SealStatusCode.Engraved.ShouldBe(3);
        SealStatusCode.Delivered.ShouldBe(4);
        SealStatusCode.Scrapped.ShouldBe(5);
        SealStatusCode.Surrendered.ShouldBe(6);
        SealStatusCode.ReportedLost.ShouldBe(7);
    }

    [Fact]
    public void Approved_is_never_produced_from_internal_states()
    {
        foreach (var flow in Enum.GetValues<FlowState>())
        {
            foreach (var life in Enum.GetValues<LifeState>())
            {
                SealStatusCode.From(flow, life).ShouldNotBe(SealStatusCode.Approved);
            }
        }
    }

    [Fact]
    public void An_unknown_flow_of_an_in_use_seal_throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => SealStatusCode.From((FlowState)0, LifeState.InUse))
            .ParamName.ShouldBe("flow");
    }

    [Fact]
    public void An_unknown_life_state_throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => SealStatusCode.From(FlowState.Delivered, (LifeState)0))
            .ParamName.ShouldBe("life");
    }

    [Theory]
    [InlineData(FlowState.Accepted, LifeState.InUse, 2)]
    [InlineData(FlowState.Engraved, LifeState.InUse, 3)]
    [InlineData(FlowState.Delivered, LifeState.InUse, 4)]
    [InlineData(FlowState.Accepted, LifeState.Scrapped, 5)]
    [InlineData(FlowState.Engraved, LifeState.Scrapped, 5)]
    [InlineData(FlowState.Delivered, LifeState.Scrapped, 5)]
    [InlineData(FlowState.Delivered, LifeState.Surrendered, 6)]
    [InlineData(FlowState.Delivered, LifeState.ReportedLost, 7)]
    public void A_seal_reports_the_code_of_its_current_states(FlowState flow, LifeState life, int expected)
    {
        FilingTestData.SealIn(flow, life).StatusCode.ShouldBe(expected);
    }
}
