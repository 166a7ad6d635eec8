namespace SealGuard.Core.Codes;

/// <summary>
/// A mainland China phone number: a mobile number <c>1[3-9]</c> + 9 digits, or a landline with its area code,
/// normalised to <c>area-local</c> (e.g. <c>0373-1234567</c>). Personal data: show <see cref="Masked"/>.
/// </summary>
public readonly record struct PhoneNumber
{
    private readonly string? _value;

    private PhoneNumber(string value) => _value = value;

    /// <summary>The normalised number: 11 digits for a mobile, <c>0373-1234567</c> for a landline.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether this is a mobile number.</summary>
    public bool IsMobile => Value.Length == 11 && Value[0] == '1';

    /// <summary>
    /// The number for display: mobile <c>139****5678</c>; landline keeps the area code and the last two digits,
    /// <c>0373-****67</c>.
    /// </summary>
    public string Masked
    {
        get
        {
            var value = Value;
            if (value.Length == 0)
            {
                return string.Empty;
            }

            if (IsMobile)
            {
                return string.Concat(value.AsSpan(0, 3), "****", value.AsSpan(7));
            }

            var hyphen = value.IndexOf('-', StringComparison.Ordinal);
            return string.Concat(value.AsSpan(0, hyphen + 1), "****", value.AsSpan(value.Length - 2));
        }
    }

    /// <summary>
    /// Parses a phone number. Spaces are ignored; a mobile number may carry a <c>+86</c> prefix. For a landline
    /// without a hyphen the area code length follows the national plan: <c>010</c> and <c>02x</c> have three digits,
    /// all others four; the local number has 7 or 8 digits. Errors: <c>PhoneNumber.Required</c>, <c>PhoneNumber.Format</c>.
    /// </summary>
    public static bool TryParse(string? value, out PhoneNumber phone, out CodeError? error)
    {
        phone = default;
        var text = CodeText.Clean(value)?.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (text is null)
        {
            error = CodeError.Of("PhoneNumber.Required");
            return false;
        }

        var normalized = NormalizeMobile(text) ?? NormalizeLandline(text);
        if (normalized is null)
        {
            error = CodeError.Of("PhoneNumber.Format");
            return false;
        }

        phone = new PhoneNumber(normalized);
        error = null;
        return true;
    }

    /// <summary>Parses a phone number or throws.</summary>
    /// <exception cref="FormatException">The value is not valid; the message is the zh-CN text.</exception>
    public static PhoneNumber Parse(string value) =>
        TryParse(value, out var phone, out var error) ? phone : throw new FormatException(error!.Message);

    /// <inheritdoc cref="Value"/>
    public override string ToString() => Value;

    private static string? NormalizeMobile(string text)
    {
        if (text.StartsWith("+86", StringComparison.Ordinal))
        {
            text = text[3..].TrimStart('-');
        }

        if (text.Length == 13 && text[3] == '-' && text[8] == '-')
        {
            text = text.Replace("-", string.Empty, StringComparison.Ordinal);
        }

        return text.Length == 11 && text[0] == '1' && text[1] is >= '3' and <= '9' && CodeText.AllDigits(text) ? text : null;
    }

    private static string? NormalizeLandline(string text)
    {
        var hyphen = text.IndexOf('-', StringComparison.Ordinal);
        var digits = hyphen < 0 ? text : string.Concat(text.AsSpan(0, hyphen), text.AsSpan(hyphen + 1));
        if (digits.Length < 10 || digits[0] != '0' || !CodeText.AllDigits(digits))
        {
            return null;
        }

        // 010 (Beijing) and 02x have three-digit area codes; 01x other than 010 does not exist.
        var areaLength = digits[1] is '1' or '2' ? 3 : 4;
        if ((digits[1] == '1' && digits[2] != '0') || (hyphen >= 0 && hyphen != areaLength))
        {
            return null;
        }

        var localLength = digits.Length - areaLength;
        if (localLength is < 7 or > 8)
        {
            return null;
        }

        return string.Concat(digits.AsSpan(0, areaLength), "-", digits.AsSpan(areaLength));
    }
}
