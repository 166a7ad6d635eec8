namespace SealGuard.Core.Codes;

/// <summary>
/// 印章使用单位编码, the organization code inside the seal system (the external identifier is the CreditCode) (GA 241.1): the 6-digit GB/T 2260 division code followed by a serial number
/// (1 to 999_999) assigned within the division. There is no check digit.
/// </summary>
public readonly record struct OrgCode
{
    /// <summary>The largest serial number.</summary>
    public const int MaxSerial = 999_999;

    private readonly string? _value;

    private OrgCode(string value) => _value = value;

    /// <summary>The 12 digits, e.g. <c>410702000001</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>The first six digits: the division code.</summary>
    public string DivisionCode => DivisionSerialCode.DivisionOf(Value);

    /// <summary>The serial number within the division.</summary>
    public int Serial => DivisionSerialCode.SerialOf(Value);

    /// <summary>Builds the code for a (catalog-checked) division and a serial number.</summary>
    /// <exception cref="ArgumentException"><paramref name="division"/> is the default (empty) value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="serial"/> is outside 1 to <see cref="MaxSerial"/>.</exception>
    public static OrgCode Create(DivisionCode division, int serial) =>
        new(DivisionSerialCode.Compose(division, serial, DivisionSerialLayout.Org));

    /// <summary>
    /// Parses the plain form or the grouped form with one space after the division (<c>410702 000001</c>).
    /// The division digits are not checked against a catalog. Errors: <c>OrgCode.Required</c>, <c>OrgCode.Format</c>,
    /// <c>OrgCode.Serial</c> (serial number 0).
    /// </summary>
    public static bool TryParse(string? value, out OrgCode code, out CodeError? error)
    {
        var ok = DivisionSerialCode.TryParse(value, DivisionSerialLayout.Org, out var text, out error);
        code = ok ? new OrgCode(text) : default;
        return ok;
    }

    /// <summary>Parses a code or throws.</summary>
    /// <exception cref="FormatException">The value is not valid; the message is the zh-CN text.</exception>
    public static OrgCode Parse(string value) =>
        TryParse(value, out var code, out var error) ? code : throw new FormatException(error!.Message);

    /// <inheritdoc cref="Value"/>
    public override string ToString() => Value;
}
