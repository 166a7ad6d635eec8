namespace SealGuard.Core.Filings;

/// <summary>
/// GA 241.2 seal status codes, used only at the exchange boundary:
/// 1 已审批, 2 已承接, 3 已制作, 4 已交付, 5 已报废, 6 已缴销, 7 已挂失.
/// </summary>
public static class SealStatusCode
{
    public const int Approved = 1;
    public const int Accepted = 2;
    public const int Engraved = 3;
    public const int Delivered = 4;
    public const int Scrapped = 5;
    public const int Surrendered = 6;
    public const int ReportedLost = 7;

    /// <summary>The one mapping from the two internal states to the single GA status code.</summary>
    public static int From(FlowState flow, LifeState life) => life switch
    {
        LifeState.Scrapped => Scrapped,
        LifeState.Surrendered => Surrendered,
        LifeState.ReportedLost => ReportedLost,
        LifeState.InUse => flow switch
        {
            FlowState.Accepted => Accepted,
            FlowState.Engraved => Engraved,
            FlowState.Delivered => Delivered,
            _ => throw new ArgumentOutOfRangeException(nameof(flow), flow, null),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(life), life, null),
    };
}
