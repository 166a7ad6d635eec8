using SealGuard.Core.Codes;

namespace SealGuard.Core.Filings;

/// <summary>
/// The one wording of what a seal's two states mean to someone relying on it (the public verification, a list's tag):
/// 制作中 and 尚未交付 for a seal still being made, 有效 only when <see cref="SealSteps.IsInForce"/>, else the life state.
/// </summary>
public static class SealStanding
{
    /// <summary>The message key of the standing, e.g. <c>Seal.Standing.Engraved</c>.</summary>
    public static string KeyOf(FlowState flow, LifeState life) => life switch
    {
        LifeState.ReportedLost => "Seal.Standing.ReportedLost",
        LifeState.Surrendered => "Seal.Standing.Surrendered",
        LifeState.Scrapped => "Seal.Standing.Scrapped",
        _ => flow switch
        {
            FlowState.Accepted => "Seal.Standing.Accepted",
            FlowState.Engraved => "Seal.Standing.Engraved",
            _ => "Seal.Standing.InForce",
        },
    };

    /// <summary>The zh-CN wording of the standing, e.g. 尚未交付（已制作，尚未交付使用单位）.</summary>
    public static string Describe(FlowState flow, LifeState life) => Messages.Get(KeyOf(flow, life));
}
