namespace SealGuard.Core.Filings;

/// <summary>Where a filing stands in the police review (核验): 待核验, 已退回 or 已核验 (<see cref="FilingReview"/>).</summary>
public enum ReviewState
{
    /// <summary>待核验: filed or resubmitted, awaiting an officer (reviewable once complete, <see cref="FilingReview.IsComplete"/>).</summary>
    Pending = 1,

    /// <summary>已退回: returned with reasons; the shop corrects and resubmits.</summary>
    Returned = 2,

    /// <summary>已核验: an officer found the filing in order.</summary>
    Checked = 3,
}
