namespace SealGuard.Core.Codes;

/// <summary>
/// A GB 11714-1997 organization code (组织机构代码): an 8-character body (digits and upper-case letters) and a
/// check character (digit or <c>X</c>). The common written form <c>12345678-9</c> is accepted.
/// </summary>
public readonly record struct OrganizationCode
{
    private static readonly int[] Weights = [3, 7, 9, 10, 5, 8, 4, 2];

    private readonly string? _value;

    private OrganizationCode(string value) => _value = value;

    /// <summary>The nine characters without a hyphen, e.g. <c>00000006X</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>
    /// Parses an organization code (trimmed, upper-cased, one hyphen before the check character allowed).
    /// Errors: <c>OrganizationCode.Required</c>, <c>OrganizationCode.Length</c>, <c>OrganizationCode.Charset</c>,
    /// <c>OrganizationCode.CheckCharacter</c>.
    /// </summary>
    public static bool TryParse(string? value, out OrganizationCode code, out CodeError? error)
    {
        code = default;
        var text = CodeText.CleanUpper(value);
        if (text is null)
        {
            error = CodeError.Of("OrganizationCode.Required");
            return false;
        }

        if (text.Length == 10 && text[8] == '-')
        {
            text = string.Concat(text.AsSpan(0, 8), text.AsSpan(9));
        }

        if (text.Length != 9)
        {
            error = CodeError.Of("OrganizationCode.Length");
            return false;
        }

        var last = text[8];
        if (!IsBodyCharacter(text.AsSpan(0, 8)) || !(char.IsAsciiDigit(last) || last == 'X'))
        {
            error = CodeError.Of("OrganizationCode.Charset");
            return false;
        }

        if (ComputeCheckCharacter(text.AsSpan(0, 8)) != last)
        {
            error = CodeError.Of("OrganizationCode.CheckCharacter");
            return false;
        }

        code = new OrganizationCode(text);
        error = null;
        return true;
    }

    /// <summary>Parses an organization code or throws.</summary>
    /// <exception cref="FormatException">The value is not valid; the message is the zh-CN text.</exception>
    public static OrganizationCode Parse(string value) =>
        TryParse(value, out var code, out var error) ? code : throw new FormatException(error!.Message);

    /// <summary>
    /// The GB 11714 check character for an 8-character body: weights 3,7,9,10,5,8,4,2 with 0–9 → 0–9 and
    /// A–Z → 10–35; C = 11 − (S mod 11), where 10 → <c>X</c> and 11 → <c>0</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The body is not eight digits or upper-case letters.</exception>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> body8)
    {
        if (body8.Length != 8 || !IsBodyCharacter(body8))
        {
            throw new ArgumentException("The organization code body must be eight digits or upper-case letters.", nameof(body8));
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = body8[i];
            var v = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            sum += v * Weights[i];
        }

        var check = 11 - (sum % 11);
        return check switch
        {
            10 => 'X',
            11 => '0',
            _ => (char)('0' + check),
        };
    }

    /// <inheritdoc cref="Value"/>
    public override string ToString() => Value;

    /// <summary>Creates the value from nine characters already checked by the caller.</summary>
    internal static OrganizationCode FromValidated(string value) => new(value);

    private static bool IsBodyCharacter(ReadOnlySpan<char> body)
    {
        foreach (var c in body)
        {
            if (!char.IsAsciiDigit(c) && !char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
