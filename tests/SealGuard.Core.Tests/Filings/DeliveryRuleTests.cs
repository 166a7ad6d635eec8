using SealGuard.Core.Filings;
using static SealGuard.Core.Tests.Filings.FilingTestData;

namespace SealGuard.Core.Tests.Filings;

public class DeliveryRuleTests
{
    private const string ImprintRequired = "Seal.ImprintRequired";

    [Fact]
    public void An_engraved_seal_without_imprint_cannot_be_handed_over()
    {
        var error = DeliveryRule.Check(SealIn(FlowState.Engraved, LifeState.InUse));

        error.ShouldNotBeNull().Code.ShouldBe(ImprintRequired);
        error.Message.ShouldNotBe(ImprintRequired);
    }

    [Fact]
    public void An_engraved_seal_with_imprint_can_be_handed_over()
    {
        var seal = SealIn(FlowState.Engraved, LifeState.InUse);
        seal.AttachImprint(Imprint(T0.AddHours(2)), Actor, T0.AddHours(2)).ShouldBeNull();

        DeliveryRule.Check(seal).ShouldBeNull();
    }

    [Fact]
    public void The_rule_looks_only_at_the_imprint()
    {
        // The flow state is Seal.Deliver's own check; the rule itself only asks for the imprint.
        DeliveryRule.Check(NewSeal()).ShouldNotBeNull().Code.ShouldBe(ImprintRequired);
        DeliveryRule.Check(SealIn(FlowState.Delivered, LifeState.InUse)).ShouldBeNull();
    }

    [Fact]
    public void Delivery_is_refused_until_the_imprint_is_on_file()
    {
        var seal = SealIn(FlowState.Engraved, LifeState.InUse);
        var recipient = OtherPerson();

        seal.Deliver(recipient, Actor, T0.AddHours(3)).ShouldNotBeNull().Code.ShouldBe(ImprintRequired);
        seal.Flow.ShouldBe(FlowState.Engraved);
        seal.Recipient.ShouldBeNull();
        seal.DeliveredAt.ShouldBeNull();

        seal.AttachImprint(Imprint(T0.AddHours(4)), Actor, T0.AddHours(4)).ShouldBeNull();
        seal.Deliver(recipient, Actor, T0.AddHours(5)).ShouldBeNull();

        seal.Flow.ShouldBe(FlowState.Delivered);
        seal.Recipient.ShouldBeSameAs(recipient);
        seal.DeliveredAt.ShouldBe(T0.AddHours(5));
    }
}
