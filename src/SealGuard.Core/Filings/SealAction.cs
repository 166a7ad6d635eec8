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
}
