using System.Globalization;

namespace SealGuard.Core.Codes;

/// <summary>
/// 备案编号, the number a filing (刻制备案) is known by on its receipt: the 12-digit shop code, the China-time year of
/// intake and a 6-digit serial within that shop and year, e.g. <c>410702000001-2026-000123</c>
/// (docs/decisions/0010-filing-number.md). The serial never repeats within a shop and year; gaps are allowed.
/// </summary>
public readonly record struct FilingNumber
{
    /// <summary>The largest serial of one shop in one year.</summary>
    public const int MaxSerial = 999_999;

    /// <summary>Characters of the number: 12 + 1 + 4 + 1 + 6.</summary>
    public const int Length = 24;

    private const int FirstYear = 2000;
    private const int LastYear = 9999;

    private readonly string? _value;

    private FilingNumber(string value) => _value = value;

    /// <summary>The whole number, e.g. <c>410702000001-2026-000123</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>The shop code part.</summary>
    public string ShopCode => Value.Length == Length ? Value[..12] : string.Empty;

    /// <summary>The year part (China time of intake).</summary>
    public int Year => Value.Length == Length ? int.Parse(Value.AsSpan(13, 4), NumberStyles.None, CultureInfo.InvariantCulture) : 0;

    /// <summary>The serial within the shop and year.</summary>
    public int Serial => Value.Length == Length ? int.Parse(Value.AsSpan(18, 6), NumberStyles.None, CultureInfo.InvariantCulture) : 0;

    /// <summary>The year a filing accepted at the UTC instant <paramref name="acceptedAtUtc"/> is numbered in: the China calendar year.</summary>
    public static int YearOf(DateTime acceptedAtUtc) => ChinaTime.FromUtc(acceptedAtUtc).Year;

    /// <summary>Builds the number of a shop's <paramref name="serial"/>-th filing in <paramref name="year"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="shop"/> is the default (empty) value.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The year or the serial is out of range.</exception>
    public static FilingNumber Create(ShopCode shop, int year, int serial)
    {
        if (shop.Value.Length != 12)
        {
            throw new ArgumentException("The shop code is empty.", nameof(shop));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, LastYear);
        ArgumentOutOfRangeException.ThrowIfLessThan(serial, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(serial, MaxSerial);
        return new FilingNumber(string.Create(CultureInfo.InvariantCulture, $"{shop.Value}-{year:0000}-{serial:000000}"));
    }

    /// <summary>
    /// Parses a number as printed (full-width digits and surrounding blanks are accepted). The shop code's division is not
    /// checked against a catalog. Error: <c>FilingNumber.Format</c>.
    /// </summary>
    public static bool TryParse(string? value, out FilingNumber number, out CodeError? error)
    {
        number = default;
        var text = CodeText.Clean(value);
        if (text is null || text.Length != Length || text[12] != '-' || text[17] != '-'
            || !CodeText.AllDigits(text.AsSpan(0, 12)) || !CodeText.AllDigits(text.AsSpan(13, 4)) || !CodeText.AllDigits(text.AsSpan(18))
            || !Codes.ShopCode.TryParse(text[..12], out var shop, out _))
        {
            error = CodeError.Of("FilingNumber.Format");
            return false;
        }

        var year = int.Parse(text.AsSpan(13, 4), NumberStyles.None, CultureInfo.InvariantCulture);
        var serial = int.Parse(text.AsSpan(18, 6), NumberStyles.None, CultureInfo.InvariantCulture);
        if (year < FirstYear || serial < 1)
        {
            error = CodeError.Of("FilingNumber.Format");
            return false;
        }

        number = Create(shop, year, serial);
        error = null;
        return true;
    }

    /// <summary>Parses a number or throws.</summary>
    /// <exception cref="FormatException">The value is not valid; the message is the zh-CN text.</exception>
    public static FilingNumber Parse(string value) =>
        TryParse(value, out var number, out var error) ? number : throw new FormatException(error!.Message);

    /// <summary>The refusal once a shop has used every serial of a year.</summary>
    public static CodeError Exhausted(string shopCode, int year) => CodeError.Of("FilingNumber.Exhausted", shopCode, year);

    /// <inheritdoc cref="Value"/>
    public override string ToString() => Value;
}
