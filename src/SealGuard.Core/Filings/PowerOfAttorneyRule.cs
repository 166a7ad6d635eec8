using SealGuard.Core.Codes;

namespace SealGuard.Core.Filings;

/// <summary>An agent who is not the legal representative needs a power of attorney (授权委托书) before engraving.</summary>
public static class PowerOfAttorneyRule
{
    public static CodeError? Check(Filing filing) =>
        filing.AgentIsLegalRepresentative || filing.HasDocument(DocumentKind.PowerOfAttorney)
            ? null
            : RuleViolation.Of("Filing.PowerOfAttorneyRequired");
}
