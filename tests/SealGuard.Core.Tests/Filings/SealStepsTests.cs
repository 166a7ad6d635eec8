using SealGuard.Core.Filings;
using static SealGuard.Core.Tests.Filings.FilingTestData;

namespace SealGuard.Core.Tests.Filings;

public class SealStepsTests
{
    public static TheoryData<FlowState, LifeState, bool, SealStep[]> Table => new()
    {
        // Every (flow, life) pair a seal can reach, with and without an imprint where that can differ.
        { FlowState.Accepted, LifeState.InUse, false, [SealStep.Engrave, SealStep.Scrap] },
        { FlowState.Engraved, LifeState.InUse, false, [SealStep.UploadImprint, SealStep.Scrap] },
        { FlowState.Engraved, LifeState.InUse, true, [SealStep.UploadImprint, SealStep.Deliver, SealStep.Scrap] },
        { FlowState.Delivered, LifeState.InUse, true, [SealStep.ReportLost, SealStep.Surrender, SealStep.Scrap, SealStep.Replace] },
        { FlowState.Delivered, LifeState.ReportedLost, true, [SealStep.Surrender, SealStep.Scrap, SealStep.ReplaceLost] },
        { FlowState.Delivered, LifeState.Surrendered, true, [] },
        { FlowState.Accepted, LifeState.Scrapped, false, [] },
        { FlowState.Engraved, LifeState.Scrapped, false, [] },
        { FlowState.Delivered, LifeState.Scrapped, true, [] },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void The_states_say_what_a_seal_allows_next(FlowState flow, LifeState life, bool hasImprint, SealStep[] allowed)
    {
        SealSteps.AllowedIn(flow, life, hasImprint).ShouldBe(allowed);
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Each_state_change_of_the_seal_refuses_exactly_the_steps_the_table_leaves_out(FlowState flow, LifeState life, bool hasImprint, SealStep[] allowed)
    {
        var seal = SealIn(flow, life);
        if (hasImprint && seal.Imprint is null)
        {
            seal.AttachImprint(Imprint(T0.AddHours(2)), Actor, T0.AddHours(2)).ShouldBeNull();
        }

        seal.AllowedActions.ShouldBe(allowed);
        foreach (var step in Enum.GetValues<SealStep>().Except(allowed))
        {
            seal.Refusal(step).ShouldNotBeNull($"{step} in {flow}/{life}");
        }

        // Taking an allowed step really succeeds, taking a refused one changes nothing.
        foreach (var step in new[] { SealStep.ReportLost, SealStep.Surrender, SealStep.Scrap })
        {
            var copy = SealIn(flow, life);
            var target = SealSteps.LifeStateAfter(step)!.Value;
            var error = copy.ChangeLife(target, Actor, T0.AddDays(2), null);
            (error is null).ShouldBe(allowed.Contains(step), $"{step} in {flow}/{life}");
            copy.Life.ShouldBe(error is null ? target : life);
        }
    }

    [Theory]
    [InlineData(FlowState.Accepted, LifeState.InUse, false)]
    [InlineData(FlowState.Engraved, LifeState.InUse, false)]
    [InlineData(FlowState.Delivered, LifeState.InUse, true)]
    [InlineData(FlowState.Delivered, LifeState.ReportedLost, false)]
    [InlineData(FlowState.Delivered, LifeState.Surrendered, false)]
    [InlineData(FlowState.Delivered, LifeState.Scrapped, false)]
    public void Only_a_delivered_seal_in_use_is_in_force(FlowState flow, LifeState life, bool inForce)
    {
        SealSteps.IsInForce(flow, life).ShouldBe(inForce);
        SealIn(flow, life).IsInForce.ShouldBe(inForce);
    }

    [Fact]
    public void Delivering_without_an_imprint_names_the_missing_imprint_not_the_state()
    {
        SealSteps.Refusal(SealStep.Deliver, FlowState.Engraved, LifeState.InUse, hasImprint: false).ShouldNotBeNull().Code.ShouldBe("Seal.ImprintRequired");
        SealSteps.Refusal(SealStep.Deliver, FlowState.Accepted, LifeState.InUse, hasImprint: false).ShouldNotBeNull().Code.ShouldBe("Seal.NotAwaitingDelivery");
    }

    [Fact]
    public void Life_steps_and_life_states_map_both_ways_and_nothing_leads_back_into_use()
    {
        foreach (var step in new[] { SealStep.ReportLost, SealStep.Surrender, SealStep.Scrap })
        {
            SealSteps.ToLifeState(SealSteps.LifeStateAfter(step)!.Value).ShouldBe(step);
        }

        SealSteps.ToLifeState(LifeState.InUse).ShouldBeNull();
        Should.Throw<ArgumentOutOfRangeException>(() => SealIn(FlowState.Delivered, LifeState.InUse).ChangeLife(LifeState.InUse, Actor, T0, null));
    }
}
