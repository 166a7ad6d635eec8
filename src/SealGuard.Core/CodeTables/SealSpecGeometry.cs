using System.Globalization;

namespace SealGuard.Core.CodeTables;

/// <summary>The outline of a seal face; the value is the <see cref="CodeTable.SealShape"/> code (01 圆形 … 06 其他).</summary>
public enum SealOutline
{
    Round = 1,
    Oval = 2,
    Rectangle = 3,
    Square = 4,
    Diamond = 5,
    Other = 6,
}

/// <summary>
/// What a <see cref="CodeTable.SealSpec"/> code says about the seal: its outline and size in millimetres. This is the one
/// place that reads a spec code. The codes follow one grammar, which local codes an administrator adds must follow too:
/// <c>R{d}</c> round of diameter d (R40), <c>E{w}{h}</c> oval w × h (E4030), <c>S{a}</c> square a × a (S20),
/// <c>L{w}{h}</c> rectangle w × h (L5020), each size two digits.
/// </summary>
public sealed record SealSpecGeometry(string Code, SealOutline Outline, int WidthMm, int HeightMm)
{
    /// <summary>The <see cref="CodeTable.SealShape"/> code the spec requires, e.g. <c>01</c> for R40.</summary>
    public string ShapeCode => ShapeCodeOf(Outline);

    /// <summary>The geometry a spec code names, or <see langword="null"/> when the code does not follow the grammar.</summary>
    public static SealSpecGeometry? Parse(string? code)
    {
        if (code is not { Length: 3 or 5 } || !code.Skip(1).All(char.IsAsciiDigit))
        {
            return null;
        }

        var width = Size(code.Substring(1, 2));
        var height = code.Length == 5 ? Size(code.Substring(3, 2)) : width;
        var outline = (code[0], code.Length) switch
        {
            ('R', 3) => SealOutline.Round,
            ('S', 3) => SealOutline.Square,
            ('E', 5) => SealOutline.Oval,
            ('L', 5) => SealOutline.Rectangle,
            _ => (SealOutline?)null,
        };

        // An oval or rectangle is wider than high; a zero size is no size.
        var valid = outline is not null && height > 0 && (code.Length == 3 || width > height);
        return valid ? new SealSpecGeometry(code, outline!.Value, width, height) : null;
    }

    /// <summary>The size drawn for a shape chosen without a spec: the common size of that outline.</summary>
    public static SealSpecGeometry Default(SealOutline outline) => outline switch
    {
        SealOutline.Oval => new SealSpecGeometry("E4030", outline, 40, 30),
        SealOutline.Square => new SealSpecGeometry("S20", outline, 20, 20),
        SealOutline.Rectangle => new SealSpecGeometry("L5020", outline, 50, 20),
        SealOutline.Diamond or SealOutline.Other => new SealSpecGeometry(string.Empty, outline, 40, 40),
        _ => new SealSpecGeometry("R40", SealOutline.Round, 40, 40),
    };

    /// <summary>The outline of a <see cref="CodeTable.SealShape"/> code, or <see langword="null"/> for an unknown code.</summary>
    public static SealOutline? OutlineOf(string? shapeCode) =>
        int.TryParse(shapeCode, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && shapeCode!.Length == 2 && Enum.IsDefined((SealOutline)value)
            ? (SealOutline)value
            : null;

    /// <summary>The <see cref="CodeTable.SealShape"/> code of an outline.</summary>
    public static string ShapeCodeOf(SealOutline outline) => ((int)outline).ToString("00", CultureInfo.InvariantCulture);

    private static int Size(string twoDigits) => int.Parse(twoDigits, NumberStyles.None, CultureInfo.InvariantCulture);
}
