namespace SealGuard.Core.Codes;

/// <summary>
/// A GB 32100-2015 unified social credit code (统一社会信用代码): 18 characters from
/// <c>0123456789ABCDEFGHJKLMNPQRTUWXY</c>. Position 1 = registration department, 2 = category, 3–8 = registration
/// division, 9–17 = the GB 11714 organization code (its own check character at 17), 18 = check character.
/// </summary>
public readonly record struct CreditCode
{
    /// <summary>The 31 characters of GB 32100; a character's value is its index.</summary>
    internal const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private readonly string? _value;

    private CreditCode(string value) => _value = value;

    /// <summary>The 18 characters, upper case.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Characters 3–8: the division code of the registration authority, e.g. <c>410700</c>.</summary>
    public string RegistrationDivision => Value.Length == 18 ? Value[2..8] : string.Empty;

    /// <summary>Characters 9–17: the embedded GB 11714 organization code.</summary>
    public OrganizationCode OrganizationCode =>
        Value.Length == 18 ? OrganizationCode.FromValidated(Value[8..17]) : default;

    /// <summary>
    /// Parses a credit code (trimmed and upper-cased). Errors, checked in this order: <c>CreditCode.Required</c>,
    /// <c>CreditCode.Length</c>, <c>CreditCode.Charset</c>, <c>CreditCode.CheckCharacter</c> (position 18),
    /// <c>CreditCode.OrganizationCheck</c> (position 17, the GB 11714 check of characters 9–16).
    /// </summary>
    public static bool TryParse(string? value, out CreditCode code, out CodeError? error)
    {
        code = default;
        var text = CodeText.CleanUpper(value);
        if (text is null)
        {
            error = CodeError.Of("CreditCode.Required");
            return false;
        }

        if (text.Length != 18)
        {
            error = CodeError.Of("CreditCode.Length");
            return false;
        }

        if (!InCharset(text))
        {
            error = CodeError.Of("CreditCode.Charset");
            return false;
        }

        if (ComputeCheckCharacter(text.AsSpan(0, 17)) != text[17])
        {
            error = CodeError.Of("CreditCode.CheckCharacter");
            return false;
        }

        if (OrganizationCode.ComputeCheckCharacter(text.AsSpan(8, 8)) != text[16])
        {
            error = CodeError.Of("CreditCode.OrganizationCheck");
            return false;
        }

        code = new CreditCode(text);
        error = null;
        return true;
    }

    /// <summary>Parses a credit code or throws.</summary>
    /// <exception cref="FormatException">The value is not valid; the message is the zh-CN text.</exception>
    public static CreditCode Parse(string value) =>
        TryParse(value, out var code, out var error) ? code : throw new FormatException(error!.Message);

    /// <summary>
    /// The GB 32100 check character (position 18) for the first 17 characters:
    /// S = Σ value(cᵢ)·3^(i−1) mod 31, check = charset[(31 − S mod 31) mod 31].
    /// </summary>
    /// <exception cref="ArgumentException">Not 17 characters of the GB 32100 character set.</exception>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            throw new ArgumentException("A credit code check needs exactly 17 characters.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var v = Charset.IndexOf(first17[i], StringComparison.Ordinal);
            if (v < 0)
            {
                throw new ArgumentException("The characters must come from the GB 32100 character set.", nameof(first17));
            }

            sum += v * Weights[i];
        }

        return Charset[(31 - (sum % 31)) % 31];
    }

    /// <inheritdoc cref="Value"/>
    public override string ToString() => Value;

    private static bool InCharset(string text)
    {
        foreach (var c in text)
        {
            if (!Charset.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
