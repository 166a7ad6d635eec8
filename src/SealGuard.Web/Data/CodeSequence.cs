namespace SealGuard.Web.Data;

/// <summary>The last serial handed out per kind and division (seal codes, organization codes, shop codes).</summary>
public sealed class CodeSequence
{
    public string Kind { get; set; } = null!;
    public string DivisionCode { get; set; } = null!;
    public int LastValue { get; set; }
}
