using SealGuard.Core.Filings;
using static SealGuard.Core.Tests.Filings.FilingTestData;

namespace SealGuard.Core.Tests.Filings;

public class NewspaperNoticeRuleTests
{
    private const string Required = "Filing.NewspaperNoticeRequired";

    [Theory]
    [InlineData(EngravingReason.New)]
    [InlineData(EngravingReason.Replacement)]
    [InlineData(EngravingReason.DamagedReplacement)]
    public void Other_reasons_need_no_newspaper_notice(EngravingReason reason)
    {
        NewspaperNoticeRule.Check(NewFiling(reason)).ShouldBeNull();
    }

    [Fact]
    public void A_lost_replacement_without_documents_needs_the_notice()
    {
        var error = NewspaperNoticeRule.Check(NewFiling(EngravingReason.LostReplacement));

        error.ShouldNotBeNull().Code.ShouldBe(Required);
        error.Message.ShouldNotBe(Required);
    }

    [Theory]
    [InlineData(DocumentKind.BusinessLicense)]
    [InlineData(DocumentKind.LegalRepIdCard)]
    [InlineData(DocumentKind.AgentIdCard)]
    [InlineData(DocumentKind.PowerOfAttorney)]
    [InlineData(DocumentKind.Other)]
    public void Other_documents_do_not_stand_in_for_the_notice(DocumentKind kind)
    {
        var filing = NewFiling(EngravingReason.LostReplacement);
        Attach(filing, kind);

        NewspaperNoticeRule.Check(filing).ShouldNotBeNull().Code.ShouldBe(Required);
    }

    [Fact]
    public void A_lost_replacement_with_the_notice_passes()
    {
        var filing = NewFiling(EngravingReason.LostReplacement);
        Attach(filing, DocumentKind.BusinessLicense);
        Attach(filing, DocumentKind.NewspaperNotice);

        filing.HasDocument(DocumentKind.NewspaperNotice).ShouldBeTrue();
        NewspaperNoticeRule.Check(filing).ShouldBeNull();
    }

    [Fact]
    public void Engraving_a_lost_replacement_is_refused_until_the_notice_is_attached()
    {
        var filing = NewFiling(EngravingReason.LostReplacement);
        var seal = AddSeal(filing);

        seal.Engrave(Staff(), Actor, T0.AddHours(1)).ShouldNotBeNull().Code.ShouldBe(Required);
        seal.Flow.ShouldBe(FlowState.Accepted);

        Attach(filing, DocumentKind.NewspaperNotice);

        seal.Engrave(Staff(), Actor, T0.AddHours(2)).ShouldBeNull();
        seal.Flow.ShouldBe(FlowState.Engraved);
    }
}
