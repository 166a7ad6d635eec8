using SealGuard.Core.Codes;

namespace SealGuard.Core.Filings;

/// <summary>
/// An organization holds at most one in-use 单位专用章 (01) and one 法定代表人名章 (05). A further one is accepted
/// only as a Replacement (the old one is surrendered on delivery) or as a LostReplacement of a seal reported lost;
/// once the only one is reported lost, nothing but a LostReplacement is accepted.
/// </summary>
public static class SingleInUseSealRule
{
    public static readonly IReadOnlySet<string> UniqueTypes = new HashSet<string>(StringComparer.Ordinal) { "01", "05" };

    /// <param name="sealType">The type of the seal to accept.</param>
    /// <param name="reason">The filing's engraving reason.</param>
    /// <param name="existingOfType">The life and flow states of the organization's existing seals of that type,
    /// including those accepted earlier in the same filing.</param>
    public static CodeError? Check(string sealType, EngravingReason reason, IReadOnlyCollection<(FlowState Flow, LifeState Life)> existingOfType)
    {
        if (!UniqueTypes.Contains(sealType))
        {
            return null;
        }

        var inUse = existingOfType.Where(s => s.Life == LifeState.InUse).ToList();
        var lost = existingOfType.Any(s => s.Life == LifeState.ReportedLost);
        return reason switch
        {
            EngravingReason.LostReplacement when inUse.Count > 0 => RuleViolation.Of("Seal.UniqueTypeInUse"),
            EngravingReason.LostReplacement when !lost => RuleViolation.Of("Seal.LostSealNotReported"),
            EngravingReason.LostReplacement => null,
            EngravingReason.Replacement when inUse.Exists(s => s.Flow != FlowState.Delivered) => RuleViolation.Of("Seal.ReplacementInProgress"),
            EngravingReason.Replacement when inUse.Count > 0 => null,
            _ when inUse.Count > 0 => RuleViolation.Of("Seal.UniqueTypeInUse"),

            // A lost seal is re-made only as a lost replacement, which needs the newspaper notice.
            _ when lost => RuleViolation.Of("Seal.LostReplacementRequired"),
            _ => null,
        };
    }
}
