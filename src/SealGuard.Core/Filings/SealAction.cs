namespace SealGuard.Core.Filings;

public enum SealAction
{
    Accepted = 1,
    Engraved = 2,
    ImprintUploaded = 3,
    Delivered = 4,
    ReportedLost = 5,
    Surrendered = 6,
    Scrapped = 7,

    /// <summary>The filing was checked (已核验).</summary>
    Checked = 8,

    /// <summary>The filing was returned (已退回), the note says why.</summary>
    Returned = 9,

    /// <summary>The shop resubmitted the corrected filing.</summary>
    Resubmitted = 10,
}
