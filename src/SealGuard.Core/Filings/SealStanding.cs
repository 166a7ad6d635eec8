using SealGuard.Core.Codes;

namespace SealGuard.Core.Filings;

/// <summary>
/// The one wording of what a seal's states mean to someone relying on it (the public verification, a list's tag):
/// 制作中 and 尚未交付 for a seal still being made, 暂停使用 for a seal an officer suspended with a returned filing (never
/// why), 有效 only when <see cref="IsValid"/>, else the life state.
/// </summary>
public static class SealStanding
{
    /// <summary>Whether the seal vouches for anything: in force (<see cref="SealSteps.IsInForce"/>) and not suspended.</summary>
    public static bool IsValid(FlowState flow, LifeState life, bool suspended) => SealSteps.IsInForce(flow, life) && !suspended;

    /// <summary>The message key of the standing, e.g. <c>Seal.Standing.Engraved</c>.</summary>
    public static string KeyOf(FlowState flow, LifeState life, bool suspended = false) => life switch
    {
        LifeState.ReportedLost => "Seal.Standing.ReportedLost",
        LifeState.Surrendered => "Seal.Standing.Surrendered",
        LifeState.Scrapped => "Seal.Standing.Scrapped",
        _ when suspended => "Seal.Standing.Suspended",
        _ => flow switch
        {
            FlowState.Accepted => "Seal.Standing.Accepted",
            FlowState.Engraved => "Seal.Standing.Engraved",
            _ => "Seal.Standing.InForce",
        },
    };

    /// <summary>The zh-CN wording of the standing, e.g. 尚未交付（已制作，尚未交付使用单位）.</summary>
    public static string Describe(FlowState flow, LifeState life, bool suspended = false) => Messages.Get(KeyOf(flow, life, suspended));
}
