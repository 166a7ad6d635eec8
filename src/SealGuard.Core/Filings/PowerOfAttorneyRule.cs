using SealGuard.Core.Codes;

namespace SealGuard.Core.Filings;

/// <summary>An agent who is not the legal representative needs a power of attorney (授权委托书) before engraving.</summary>
public static class PowerOfAttorneyRule
{
    /// <summary>Whether the agent needs one (<see cref="RequiredMaterials"/> asks this too).</summary>
    public static bool Requires(bool agentIsLegalRepresentative) => !agentIsLegalRepresentative;

    public static CodeError? Check(Filing filing) =>
        !Requires(filing.AgentIsLegalRepresentative) || filing.HasDocument(DocumentKind.PowerOfAttorney)
            ? null
            : RuleViolation.Of("Filing.PowerOfAttorneyRequired");
}
