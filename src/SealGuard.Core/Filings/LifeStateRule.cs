using SealGuard.Core.Codes;

namespace SealGuard.Core.Filings;

/// <summary>
/// Which life-state changes are allowed: only a delivered seal can be lost or surrendered (the organization holds it);
/// any seal that is not yet surrendered or scrapped can be scrapped (e.g. a failed engraving).
/// </summary>
public static class LifeStateRule
{
    public static CodeError? Check(Seal seal, LifeState target) => Check(seal.Flow, seal.Life, target);

    public static CodeError? Check(FlowState flow, LifeState life, LifeState target)
    {
        var allowed = target switch
        {
            LifeState.ReportedLost => life == LifeState.InUse && flow == FlowState.Delivered,
            LifeState.Surrendered => life is LifeState.InUse or LifeState.ReportedLost && flow == FlowState.Delivered,
            LifeState.Scrapped => life is LifeState.InUse or LifeState.ReportedLost,
            _ => false,
        };
        return allowed ? null : RuleViolation.Of($"Seal.CannotBecome{target}");
    }
}
