namespace SealGuard.Core.Codes;

/// <summary>
/// A per-division serial space: seal codes (7-digit serial), organization and shop codes (6-digit serial). It knows its
/// largest serial, when it is nearly used up, and the refusal once it is: one rule for every kind.
/// </summary>
/// <param name="Key">The key in the <c>code_sequences</c> table.</param>
/// <param name="MaxSerial">The largest serial.</param>
/// <param name="ExhaustedCode">The message code of the refusal when the division has no serial left.</param>
public sealed record CodeKind(string Key, int MaxSerial, string ExhaustedCode)
{
    /// <summary>The share of the serial space from which allocation warns that the division nears its end.</summary>
    public const double WarningShare = 0.9;

    public static readonly CodeKind Seal = new("seal", SealCode.MaxSerial, "SealCode.Exhausted");
    public static readonly CodeKind Organization = new("org", OrgCode.MaxSerial, "OrgCode.Exhausted");
    public static readonly CodeKind Shop = new("shop", ShopCode.MaxSerial, "ShopCode.Exhausted");

    public static readonly IReadOnlyList<CodeKind> All = [Seal, Organization, Shop];

    /// <summary>The first serial at which <see cref="IsNearlyExhausted"/> holds.</summary>
    public int WarningSerial => (int)Math.Ceiling(MaxSerial * WarningShare);

    /// <summary>The kind with <paramref name="key"/>, or <see langword="null"/>.</summary>
    public static CodeKind? Find(string? key) => All.FirstOrDefault(k => string.Equals(k.Key, key, StringComparison.Ordinal));

    /// <summary>Serials left after <paramref name="lastValue"/>.</summary>
    public int Remaining(int lastValue) => Math.Max(0, MaxSerial - lastValue);

    /// <summary>Whether the division has used 90 % or more of the space.</summary>
    public bool IsNearlyExhausted(int lastValue) => lastValue >= WarningSerial;

    /// <summary>The refusal once no serial is left, with its zh-CN message.</summary>
    public CodeError Exhausted(string divisionCode) => new(ExhaustedCode, Messages.Get(ExhaustedCode, divisionCode));
}
