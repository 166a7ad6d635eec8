using SealGuard.Core.Filings;
using SealGuard.Core.Organizations;

namespace SealGuard.Core.Tests.Filings;

public sealed class SealStandingTests
{
    [Theory]
    [InlineData(FlowState.Accepted, LifeState.InUse, "制作中（已受理，尚未刻制完成）")]
    [InlineData(FlowState.Engraved, LifeState.InUse, "尚未交付（已刻制，尚未交付使用单位）")]
    [InlineData(FlowState.Delivered, LifeState.InUse, "有效（已交付，在用）")]
    [InlineData(FlowState.Delivered, LifeState.ReportedLost, "已挂失")]
    [InlineData(FlowState.Delivered, LifeState.Surrendered, "已缴销")]
    [InlineData(FlowState.Accepted, LifeState.Scrapped, "已报废")]
    public void Each_state_pair_says_what_is_true(FlowState flow, LifeState life, string expected) =>
        SealStanding.Describe(flow, life).ShouldBe(expected);

    [Fact]
    public void Only_a_seal_in_force_is_described_as_valid()
    {
        foreach (var flow in Enum.GetValues<FlowState>())
        {
            foreach (var life in Enum.GetValues<LifeState>())
            {
                (SealStanding.KeyOf(flow, life) == "Seal.Standing.InForce").ShouldBe(SealSteps.IsInForce(flow, life), $"{flow}/{life}");
            }
        }
    }

    [Theory]
    [InlineData(FlowState.Delivered, LifeState.InUse, "无效（使用单位已注销）")]
    [InlineData(FlowState.Engraved, LifeState.InUse, "无效（使用单位已注销）")]
    [InlineData(FlowState.Delivered, LifeState.ReportedLost, "已挂失")]
    [InlineData(FlowState.Delivered, LifeState.Surrendered, "已缴销")]
    public void A_deregistered_organizations_seal_says_so_unless_it_was_ended_already(FlowState flow, LifeState life, string expected) =>
        SealStanding.Describe(flow, life, organization: OrganizationState.Deregistered).ShouldBe(expected);

    [Fact]
    public void No_seal_of_a_deregistered_organization_is_valid()
    {
        foreach (var flow in Enum.GetValues<FlowState>())
        {
            foreach (var life in Enum.GetValues<LifeState>())
            {
                SealStanding.IsValid(flow, life, organization: OrganizationState.Deregistered).ShouldBeFalse($"{flow}/{life}");
                SealStanding.IsValid(flow, life).ShouldBe(SealSteps.IsInForce(flow, life), $"{flow}/{life}");
            }
        }
    }
}
