namespace SealGuard.Core.Filings;

/// <summary>Why a seal is engraved (新刻 / 换刻 / 遗失补刻 / 损坏重刻).</summary>
public enum EngravingReason
{
    New = 1,
    Replacement = 2,
    LostReplacement = 3,
    DamagedReplacement = 4,
}
