using System.Globalization;

namespace SealGuard.Core.Codes;

/// <summary>The shape of a GA 241.1 code made of a 6-digit division code and a fixed-width serial number.</summary>
/// <param name="SerialDigits">Width of the serial number.</param>
/// <param name="ErrorPrefix">Prefix of the error codes: <c>{prefix}.Required</c>, <c>{prefix}.Format</c>, <c>{prefix}.Serial</c>.</param>
internal sealed record DivisionSerialLayout(int SerialDigits, string ErrorPrefix)
{
    /// <summary>13-digit seal code (印章编码).</summary>
    public static readonly DivisionSerialLayout Seal = new(7, "SealCode");

    /// <summary>12-digit organization code (印章使用单位编码).</summary>
    public static readonly DivisionSerialLayout Org = new(6, "OrgCode");

    /// <summary>12-digit shop code (印章制作单位编码).</summary>
    public static readonly DivisionSerialLayout Shop = new(6, "ShopCode");

    /// <summary>Total number of digits.</summary>
    public int Length => 6 + SerialDigits;

    /// <summary>The largest serial number (all nines).</summary>
    public int MaxSerial => (int)Math.Pow(10, SerialDigits) - 1;
}

/// <summary>
/// The one implementation of parsing and formatting GA 241.1 "division + serial" codes, shared by
/// <see cref="SealCode"/>, <see cref="OrgCode"/> and <see cref="ShopCode"/>.
/// </summary>
internal static class DivisionSerialCode
{
    /// <summary>Builds the code for a division and serial number (1 to <see cref="DivisionSerialLayout.MaxSerial"/>).</summary>
    /// <exception cref="ArgumentException"><paramref name="division"/> is the default (empty) value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="serial"/> is out of range.</exception>
    public static string Compose(DivisionCode division, int serial, DivisionSerialLayout layout)
    {
        if (division.Value.Length != 6)
        {
            throw new ArgumentException("The division code is empty.", nameof(division));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(serial, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(serial, layout.MaxSerial);
        return division.Value + serial.ToString(CultureInfo.InvariantCulture).PadLeft(layout.SerialDigits, '0');
    }

    /// <summary>
    /// Parses the plain form (<c>410702000001</c>) or the grouped form with one space after the division
    /// (<c>410702 000001</c>). Only the digits are checked, not whether the division exists.
    /// </summary>
    public static bool TryParse(string? value, DivisionSerialLayout layout, out string code, out CodeError? error)
    {
        code = string.Empty;
        var text = CodeText.Clean(value);
        if (text is null)
        {
            error = CodeError.Of(layout.ErrorPrefix + ".Required");
            return false;
        }

        if (text.Length == layout.Length + 1 && text[6] == ' ')
        {
            text = string.Concat(text.AsSpan(0, 6), text.AsSpan(7));
        }

        if (text.Length != layout.Length || !CodeText.AllDigits(text))
        {
            error = CodeError.Of(layout.ErrorPrefix + ".Format");
            return false;
        }

        if (SerialOf(text) == 0)
        {
            error = CodeError.Of(layout.ErrorPrefix + ".Serial");
            return false;
        }

        code = text;
        error = null;
        return true;
    }

    /// <summary>The division part (first six digits) of a valid code; empty for the default value.</summary>
    public static string DivisionOf(string value) => value.Length > 6 ? value[..6] : string.Empty;

    /// <summary>The serial number of a valid code; 0 for the default value.</summary>
    public static int SerialOf(string value) =>
        value.Length > 6 ? int.Parse(value.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture) : 0;

    /// <summary>The grouped reading form, e.g. <c>410702 0000001</c>; empty for the default value.</summary>
    public static string Grouped(string value) => value.Length > 6 ? string.Concat(value.AsSpan(0, 6), " ", value.AsSpan(6)) : string.Empty;
}
