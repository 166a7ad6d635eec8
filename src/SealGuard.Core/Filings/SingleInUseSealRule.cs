using SealGuard.Core.Codes;

namespace SealGuard.Core.Filings;

/// <summary>
/// An organization holds at most one in-use 单位专用章 (01) and one 法定代表人名章 (05). A further one is accepted only
/// as the replacement of the one it names (<see cref="ReplacementRule"/>: that one is retired on delivery); while
/// another seal of the type is in use or being made, nothing is. Once the only one is reported lost, a new seal is
/// made only as its lost replacement (with the newspaper notice).
/// </summary>
public static class SingleInUseSealRule
{
    public static readonly IReadOnlySet<string> UniqueTypes = new HashSet<string>(StringComparer.Ordinal) { "01", "05" };

    /// <param name="sealType">The type of the seal to accept.</param>
    /// <param name="reason">The filing's engraving reason.</param>
    /// <param name="othersOfType">The life and flow states of the organization's seals of that type, including those
    /// accepted earlier in the same filing, but without the seal this one replaces.</param>
    public static CodeError? Check(string sealType, EngravingReason reason, IReadOnlyCollection<(FlowState Flow, LifeState Life)> othersOfType)
    {
        if (!UniqueTypes.Contains(sealType))
        {
            return null;
        }

        var inUse = othersOfType.Where(s => s.Life == LifeState.InUse).ToList();
        return reason switch
        {
            not EngravingReason.New when inUse.Exists(s => s.Flow != FlowState.Delivered) => RuleViolation.Of("Seal.ReplacementInProgress"),
            _ when inUse.Count > 0 => RuleViolation.Of("Seal.UniqueTypeInUse"),

            // A lost seal is re-made only as its lost replacement, which needs the newspaper notice.
            EngravingReason.New when othersOfType.Any(s => s.Life == LifeState.ReportedLost) => RuleViolation.Of("Seal.LostReplacementRequired"),
            _ => null,
        };
    }
}
