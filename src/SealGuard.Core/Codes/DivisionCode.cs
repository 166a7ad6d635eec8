using SealGuard.Core.Divisions;

namespace SealGuard.Core.Codes;

/// <summary>A GB/T 2260 administrative division code: six digits that exist in a <see cref="DivisionCatalog"/>.</summary>
public readonly record struct DivisionCode
{
    private readonly string? _value;

    private DivisionCode(string value) => _value = value;

    /// <summary>The six digits, e.g. <c>410702</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>The province part, e.g. <c>41</c>.</summary>
    public string ProvincePrefix => Value.Length == 6 ? Value[..2] : string.Empty;

    /// <summary>The province and prefecture part, e.g. <c>4107</c>.</summary>
    public string PrefecturePrefix => Value.Length == 6 ? Value[..4] : string.Empty;

    /// <summary>
    /// Parses a division code. Errors: <c>DivisionCode.Required</c>, <c>DivisionCode.Format</c> (not six digits),
    /// <c>DivisionCode.NotFound</c> (not in <paramref name="catalog"/>).
    /// </summary>
    public static bool TryParse(string? value, DivisionCatalog catalog, out DivisionCode code, out CodeError? error)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        code = default;
        var text = CodeText.Clean(value);
        if (text is null)
        {
            error = CodeError.Of("DivisionCode.Required");
            return false;
        }

        if (text.Length != 6 || !CodeText.AllDigits(text))
        {
            error = CodeError.Of("DivisionCode.Format");
            return false;
        }

        if (!catalog.Contains(text))
        {
            error = CodeError.Of("DivisionCode.NotFound", text);
            return false;
        }

        code = new DivisionCode(text);
        error = null;
        return true;
    }

    /// <summary>Parses a division code or throws.</summary>
    /// <exception cref="FormatException">The value is not a known division code; the message is the zh-CN text.</exception>
    public static DivisionCode Parse(string value, DivisionCatalog catalog) =>
        TryParse(value, catalog, out var code, out var error) ? code : throw new FormatException(error!.Message);

    /// <inheritdoc cref="Value"/>
    public override string ToString() => Value;
}
