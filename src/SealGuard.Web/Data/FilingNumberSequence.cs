namespace SealGuard.Web.Data;

/// <summary>The last filing-number serial handed out per shop and China-time year (<see cref="Core.Codes.FilingNumber"/>).</summary>
public sealed class FilingNumberSequence
{
    public long ShopId { get; set; }
    public int Year { get; set; }
    public int LastValue { get; set; }
}
