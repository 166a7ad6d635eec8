namespace SealGuard.Core.Filings;

/// <summary>Kinds of filing material a shop attaches to a filing.</summary>
public enum DocumentKind
{
    BusinessLicense = 1,
    LegalRepIdCard = 2,
    AgentIdCard = 3,
    PowerOfAttorney = 4,
    NewspaperNotice = 5,
    Other = 6,
}
