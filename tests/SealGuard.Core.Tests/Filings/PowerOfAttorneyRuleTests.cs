using SealGuard.Core.Filings;
using static SealGuard.Core.Tests.Filings.FilingTestData;

namespace SealGuard.Core.Tests.Filings;

public class PowerOfAttorneyRuleTests
{
    private const string Required = "Filing.PowerOfAttorneyRequired";

    [Fact]
    public void The_legal_representative_as_agent_needs_no_power_of_attorney()
    {
        var filing = NewFiling();

        filing.AgentIsLegalRepresentative.ShouldBeTrue();
        PowerOfAttorneyRule.Check(filing).ShouldBeNull();
    }

    [Fact]
    public void The_same_person_is_recognised_by_the_blind_index_alone()
    {
        // Another record of the legal representative: other ciphertext (random nonce) and a name typed differently.
        var agent = new Core.People.PersonRecord { Name = "王 丽华", IdNumberCipher = "y", IdNumberIndex = "idx-a" };
        var filing = NewFiling(agent: agent);

        filing.AgentIsLegalRepresentative.ShouldBeTrue();
        PowerOfAttorneyRule.Check(filing).ShouldBeNull();
    }

    [Fact]
    public void Another_agent_with_the_same_name_is_not_the_legal_representative()
    {
        var filing = NewFiling(agent: Person(LegalRepresentative().Name, "idx-b"));

        filing.AgentIsLegalRepresentative.ShouldBeFalse();
        PowerOfAttorneyRule.Check(filing).ShouldNotBeNull().Code.ShouldBe(Required);
    }

    [Fact]
    public void Another_agent_without_documents_needs_a_power_of_attorney()
    {
        var error = PowerOfAttorneyRule.Check(NewFiling(agent: OtherPerson()));

        error.ShouldNotBeNull().Code.ShouldBe(Required);
        error.Message.ShouldNotBe(Required);
    }

    [Theory]
    [InlineData(DocumentKind.BusinessLicense)]
    [InlineData(DocumentKind.LegalRepIdCard)]
    [InlineData(DocumentKind.AgentIdCard)]
    [InlineData(DocumentKind.NewspaperNotice)]
    [InlineData(DocumentKind.Other)]
    public void Other_documents_do_not_stand_in_for_a_power_of_attorney(DocumentKind kind)
    {
        var filing = NewFiling(agent: OtherPerson());
        Attach(filing, kind);

        PowerOfAttorneyRule.Check(filing).ShouldNotBeNull().Code.ShouldBe(Required);
    }

    [Fact]
    public void Another_agent_with_a_power_of_attorney_passes()
    {
        var filing = NewFiling(agent: OtherPerson());
        Attach(filing, DocumentKind.AgentIdCard);
        Attach(filing, DocumentKind.PowerOfAttorney);

        PowerOfAttorneyRule.Check(filing).ShouldBeNull();
    }

    [Fact]
    public void Engraving_is_refused_until_the_power_of_attorney_is_attached()
    {
        var filing = NewFiling(agent: OtherPerson());
        var seal = AddSeal(filing);

        seal.Engrave(Staff(), Actor, T0.AddHours(1)).ShouldNotBeNull().Code.ShouldBe(Required);
        seal.Flow.ShouldBe(FlowState.Accepted);

        Attach(filing, DocumentKind.PowerOfAttorney);

        seal.Engrave(Staff(), Actor, T0.AddHours(2)).ShouldBeNull();
        seal.Flow.ShouldBe(FlowState.Engraved);
    }
}
