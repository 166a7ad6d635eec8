using SealGuard.Core.Filings;

namespace SealGuard.Core.Tests.Filings;

public sealed class DocumentKindsTests
{
    [Theory]
    [InlineData(DocumentKind.LegalRepIdCard, true)]
    [InlineData(DocumentKind.AgentIdCard, true)]
    [InlineData(DocumentKind.PowerOfAttorney, true)]
    [InlineData(DocumentKind.Other, true)]
    [InlineData(DocumentKind.BusinessLicense, false)]
    [InlineData(DocumentKind.NewspaperNotice, false)]
    public void Id_card_copies_and_papers_naming_a_person_carry_personal_data(DocumentKind kind, bool personal)
    {
        kind.CarriesPersonalData().ShouldBe(personal);
    }
}
