namespace SealGuard.Core.Codes;

/// <summary>
/// 印章制作单位编码, the engraving shop code (GA 241.1): the 6-digit GB/T 2260 division code followed by a serial number
/// (1 to 999_999) assigned within the division. There is no check digit.
/// </summary>
public readonly record struct ShopCode
{
    /// <summary>The largest serial number.</summary>
    public const int MaxSerial = 999_999;

    private readonly string? _value;

    private ShopCode(string value) => _value = value;

    /// <summary>The 12 digits, e.g. <c>410702000001</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>The first six digits: the division code.</summary>
    public string DivisionCode => DivisionSerialCode.DivisionOf(Value);

    /// <summary>The serial number within the division.</summary>
    public int Serial => DivisionSerialCode.SerialOf(Value);

    /// <summary>Builds the code for a (catalog-checked) division and a serial number.</summary>
    /// <exception cref="ArgumentException"><paramref name="division"/> is the default (empty) value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="serial"/> is outside 1 to <see cref="MaxSerial"/>.</exception>
    public static ShopCode Create(DivisionCode division, int serial) =>
        new(DivisionSerialCode.Compose(division, serial, DivisionSerialLayout.Shop));

    /// <summary>
    /// Parses the plain form or the grouped form with one space after the division (<c>410702 000001</c>).
    /// The division digits are not checked against a catalog. Errors: <c>ShopCode.Required</c>, <c>ShopCode.Format</c>,
    /// <c>ShopCode.Serial</c> (serial number 0).
    /// </summary>
    public static bool TryParse(string? value, out ShopCode code, out CodeError? error)
    {
        var ok = DivisionSerialCode.TryParse(value, DivisionSerialLayout.Shop, out var text, out error);
        code = ok ? new ShopCode(text) : default;
        return ok;
    }

    /// <summary>Parses a code or throws.</summary>
    /// <exception cref="FormatException">The value is not valid; the message is the zh-CN text.</exception>
    public static ShopCode Parse(string value) =>
        TryParse(value, out var code, out var error) ? code : throw new FormatException(error!.Message);

    /// <inheritdoc cref="Value"/>
    public override string ToString() => Value;
}
