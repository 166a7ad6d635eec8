namespace SealGuard.Core.Filings;

/// <summary>Whether a seal may be used (在用 / 挂失 / 缴销 / 报废); separate from <see cref="FlowState"/>.</summary>
public enum LifeState
{
    InUse = 1,
    ReportedLost = 2,
    Surrendered = 3,
    Scrapped = 4,
}
