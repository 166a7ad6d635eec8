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

        if (PhysicalSize(widthPx, heightPx, dpiX, dpiY) is not { } size)
        {
            return CodeError.Of("Imprint.DpiUnknown", Mm(geometry.WidthMm), Mm(geometry.HeightMm));
        }

        var (width, height) = size;
        var deviation = Math.Max(Math.Abs(width - geometry.WidthMm) / geometry.WidthMm, Math.Abs(height - geometry.HeightMm) / geometry.HeightMm);
        return deviation <= Tolerance
            ? null
            : CodeError.Of("Imprint.SizeMismatch", Mm(width), Mm(height), Mm(geometry.WidthMm), Mm(geometry.HeightMm),
                Math.Round(deviation * 100).ToString(CultureInfo.InvariantCulture), Math.Round(Tolerance * 100).ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The imprint's size on paper, pixels ÷ DPI × 25.4 mm, or <see langword="null"/> when its resolution is unknown.</summary>
    public static (double WidthMm, double HeightMm)? PhysicalSize(int widthPx, int heightPx, double? dpiX, double? dpiY) =>
        dpiX is > 0 && (dpiY ?? dpiX) is > 0
            ? (widthPx / dpiX.Value * MillimetresPerInch, heightPx / (dpiY ?? dpiX).Value * MillimetresPerInch)
            : null;

    /// <summary>
    /// The size the imprint card (印鉴留存卡) prints the imprint at: its physical size, so the print lies 1:1 over the
    /// seal's own impression. Without a resolution, or measured beyond <paramref name="maxMm"/> (a resolution no
    /// scanner wrote for this seal), it is scaled to the spec's width (the outline's common size without a spec) and the
    /// card says so.
    /// </summary>
    public static ImprintPrintSize PrintSize(string? spec, string? shape, int widthPx, int heightPx, double? dpiX, double? dpiY, double maxMm)
    {
        if (PhysicalSize(widthPx, heightPx, dpiX, dpiY) is { WidthMm: var width, HeightMm: var height } && width <= maxMm && height <= maxMm)
        {
            return new ImprintPrintSize(width, height, FromResolution: true);
        }

        var geometry = SealSpecGeometry.Parse(spec) ?? SealSpecGeometry.Default(SealSpecGeometry.OutlineOf(shape) ?? SealOutline.Round);
        return new ImprintPrintSize(geometry.WidthMm, geometry.WidthMm * heightPx / Math.Max(widthPx, 1), FromResolution: false);
    }

    private static string Mm(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}

/// <summary>The printed size of an imprint in millimetres; <c>FromResolution</c> is false when it was scaled to the spec instead.</summary>
public sealed record ImprintPrintSize(double WidthMm, double HeightMm, bool FromResolution);
