using System.Globalization;
using SealGuard.Core.Codes;
using SealGuard.Core.CodeTables;

namespace SealGuard.Core.Filings;

/// <summary>
/// Whether an uploaded imprint has the physical size of the seal's spec: pixels ÷ DPI × 25.4 against the spec's
/// millimetres (<see cref="SealSpecGeometry"/>), each axis within <see cref="Tolerance"/>. It only warns: scanners often
/// write a wrong or no resolution, and the clerk can upload again until delivery, so blocking would stop a delivery for a
/// metadata problem; the warning is shown on the upload answer and on the seal's page until a fitting imprint replaces it.
/// </summary>
public static class ImprintSizeRule
{
    /// <summary>5 %: a 40 mm seal may measure 38–42 mm (scan margins and rounding), a 25 mm imprint of it may not.</summary>
    public const double Tolerance = 0.05;

    private const double MillimetresPerInch = 25.4;

    /// <summary>
    /// The warning for an imprint of <paramref name="widthPx"/> × <paramref name="heightPx"/> at the given resolution
    /// against <paramref name="spec"/>, or <see langword="null"/> when it fits or there is no spec to compare with.
    /// </summary>
    public static CodeError? Check(string? spec, int widthPx, int heightPx, double? dpiX, double? dpiY)
    {
        if (SealSpecGeometry.Parse(spec) is not { } geometry)
        {
            return null;
        }

        if (dpiX is not > 0 || (dpiY ?? dpiX) is not > 0)
        {
            return CodeError.Of("Imprint.DpiUnknown", Mm(geometry.WidthMm), Mm(geometry.HeightMm));
        }

        var width = widthPx / dpiX.Value * MillimetresPerInch;
        var height = heightPx / (dpiY ?? dpiX).Value * MillimetresPerInch;
        var deviation = Math.Max(Math.Abs(width - geometry.WidthMm) / geometry.WidthMm, Math.Abs(height - geometry.HeightMm) / geometry.HeightMm);
        return deviation <= Tolerance
            ? null
            : CodeError.Of("Imprint.SizeMismatch", Mm(width), Mm(height), Mm(geometry.WidthMm), Mm(geometry.HeightMm),
                Math.Round(deviation * 100).ToString(CultureInfo.InvariantCulture), Math.Round(Tolerance * 100).ToString(CultureInfo.InvariantCulture));
    }

    private static string Mm(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
