namespace SealGuard.Core.Filings;

/// <summary>Where a seal is in its making (承接 → 制作 → 交付).</summary>
public enum FlowState
{
    Accepted = 1,
    Engraved = 2,
    Delivered = 3,
}
