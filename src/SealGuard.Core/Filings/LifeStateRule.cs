using SealGuard.Core.Codes;

namespace SealGuard.Core.Filings;

/// <summary>
/// Which life-state changes are allowed: only a delivered seal can be lost or surrendered (the organization holds it);
/// any seal that is not yet surrendered or scrapped can be scrapped (e.g. a failed engraving).
/// </summary>
public static class LifeStateRule
{
    public static CodeError? Check(Seal seal, LifeState target)
    {
        var allowed = target switch
        {
            LifeState.ReportedLost => seal.Life == LifeState.InUse && seal.Flow == FlowState.Delivered,
            LifeState.Surrendered => seal.Life is LifeState.InUse or LifeState.ReportedLost && seal.Flow == FlowState.Delivered,
            LifeState.Scrapped => seal.Life is LifeState.InUse or LifeState.ReportedLost,
            _ => false,
        };
        return allowed ? null : RuleViolation.Of($"Seal.CannotBecome{target}");
    }
}
