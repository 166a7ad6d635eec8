namespace SealGuard.Web.Data;

/// <summary>The last serial handed out per kind and division (seal codes, organization codes, shop codes).</summary>
public sealed class CodeSequence
{
    public string Kind { get; set; } = null!;
    public string DivisionCode { get; set; } = null!;
    public int LastValue { get; set; }

    /// <summary>The highest serial the replaced system issued (<c>sealguard codes floor set</c>); allocation continues above it. 0 when none.</summary>
    public int Floor { get; set; }
}
