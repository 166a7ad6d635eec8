using System.Globalization;

namespace SealGuard.Core.Codes;

/// <summary>
/// A GB 11643-1999 citizen identity number (公民身份号码): 6-digit area code, 8-digit birth date, 3-digit sequence
/// (odd = male), check character (ISO 7064 MOD 11-2, <c>0</c>–<c>9</c> or <c>X</c>).
/// </summary>
/// <remarks>
/// This is personal data: never log it or put it in exception messages, URLs or audit texts.
/// <see cref="ToString"/> returns the full number (for storage and encryption); show <see cref="Masked"/> instead.
/// The area code is not checked against the current GB/T 2260 list, because area codes are those of first
/// registration and divisions change over time.
/// </remarks>
public readonly record struct IdNumber
{
    private const string CheckCharacters = "10X98765432";

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    private readonly string? _value;

    private IdNumber(string value) => _value = value;

    /// <summary>The 18 characters (a final <c>X</c> upper case).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>The birth date encoded in characters 7–14.</summary>
    public DateOnly BirthDate =>
        Value.Length == 18 ? DateOnly.ParseExact(Value.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture) : default;

    /// <summary>Whether the sequence number (characters 15–17) is odd, i.e. the holder is male.</summary>
    public bool IsMale => Value.Length == 18 && (Value[16] - '0') % 2 == 1;

    /// <summary>The number for display: the first 6 and last 4 characters, e.g. <c>410702********1234</c>.</summary>
    public string Masked => Value.Length == 18 ? string.Concat(Value.AsSpan(0, 6), "********", Value.AsSpan(14)) : string.Empty;

    /// <summary>
    /// Parses an identity number, judging "future" birth dates against today's date in China (UTC+8); see
    /// <see cref="TryParse(string?, DateOnly, out IdNumber, out CodeError?)"/>.
    /// </summary>
    public static bool TryParse(string? value, out IdNumber id, out CodeError? error) =>
        TryParse(value, TodayInChina(), out id, out error);

    /// <summary>
    /// Parses an identity number: trimmed, a lower-case <c>x</c> becomes <c>X</c>, and a legacy 15-digit number is
    /// converted to 18 characters (area + <c>19</c> + yyMMdd + sequence + check character).
    /// Errors, in this order: <c>IdNumber.Required</c>, <c>IdNumber.Length</c>, <c>IdNumber.Charset</c>,
    /// <c>IdNumber.BirthDate</c> (not a calendar date), <c>IdNumber.FutureBirthDate</c> (after <paramref name="today"/>),
    /// <c>IdNumber.CheckCharacter</c>.
    /// </summary>
    public static bool TryParse(string? value, DateOnly today, out IdNumber id, out CodeError? error)
    {
        id = default;
        var text = CodeText.CleanUpper(value);
        if (text is null)
        {
            error = CodeError.Of("IdNumber.Required");
            return false;
        }

        if (text.Length is not (15 or 18))
        {
            error = CodeError.Of("IdNumber.Length");
            return false;
        }

        var legacy = text.Length == 15;
        var charsetOk = legacy
            ? CodeText.AllDigits(text)
            : CodeText.AllDigits(text.AsSpan(0, 17)) && (char.IsAsciiDigit(text[17]) || text[17] == 'X');
        if (!charsetOk)
        {
            error = CodeError.Of("IdNumber.Charset");
            return false;
        }

        var first17 = legacy ? string.Concat(text.AsSpan(0, 6), "19", text.AsSpan(6, 9)) : text[..17];
        if (!DateOnly.TryParseExact(first17.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birthDate))
        {
            error = CodeError.Of("IdNumber.BirthDate");
            return false;
        }

        if (birthDate > today)
        {
            error = CodeError.Of("IdNumber.FutureBirthDate");
            return false;
        }

        var check = ComputeCheckCharacter(first17);
        if (!legacy && check != text[17])
        {
            error = CodeError.Of("IdNumber.CheckCharacter");
            return false;
        }

        id = new IdNumber(first17 + check);
        error = null;
        return true;
    }

    /// <summary>Parses an identity number or throws (see <see cref="TryParse(string?, out IdNumber, out CodeError?)"/>).</summary>
    /// <exception cref="FormatException">The value is not valid; the message is the zh-CN text (it never contains the number).</exception>
    public static IdNumber Parse(string value) => Parse(value, TodayInChina());

    /// <summary>Parses an identity number or throws (see <see cref="TryParse(string?, DateOnly, out IdNumber, out CodeError?)"/>).</summary>
    /// <exception cref="FormatException">The value is not valid; the message is the zh-CN text (it never contains the number).</exception>
    public static IdNumber Parse(string value, DateOnly today) =>
        TryParse(value, today, out var id, out var error) ? id : throw new FormatException(error!.Message);

    /// <summary>
    /// The GB 11643 check character for 17 digits: S = Σ aᵢ·(2^(18−i) mod 11), check = <c>"10X98765432"[S mod 11]</c>.
    /// </summary>
    /// <exception cref="ArgumentException">Not 17 digits.</exception>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17 || !CodeText.AllDigits(first17))
        {
            throw new ArgumentException("An identity number check needs exactly 17 digits.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    /// <summary>The full number. Personal data: do not log it; use <see cref="Masked"/> for display.</summary>
    public override string ToString() => Value;

    private static DateOnly TodayInChina() => ChinaTime.Today(TimeProvider.System);
}
