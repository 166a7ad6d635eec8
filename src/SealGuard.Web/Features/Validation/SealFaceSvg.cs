using System.Globalization;
using System.Xml.Linq;
using SealGuard.Core.CodeTables;
using SealGuard.Core.Filings;

namespace SealGuard.Web.Features.Validation;

/// <summary>
/// Draws a <see cref="SealFace"/> as SVG, in millimetres scaled to the outline: a sketch for checking the composition
/// (outline, inscription, centre, purpose line, where the seal code goes), not the engraving. Text is escaped by
/// <see cref="XElement"/>; the root carries <c>data-outline</c>, <c>data-width-mm</c> and <c>data-height-mm</c>.
/// </summary>
public static class SealFaceSvg
{
    private const double Scale = 5;
    private const double Margin = 2;
    private const string Red = "#d1191f";
    private const string SerifFonts = "FangSong, STFangsong, SimSun, 'Noto Serif CJK SC', 'Source Han Serif SC', serif";
    private const string DigitFonts = "Arial, 'Liberation Sans', Helvetica, sans-serif";
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static string Render(SealFace face, string label)
    {
        ArgumentNullException.ThrowIfNull(face);
        var width = (face.WidthMm + (2 * Margin)) * Scale;
        var height = (face.HeightMm + (2 * Margin)) * Scale;
        var root = new XElement(Svg + "svg",
            new XAttribute("viewBox", $"0 0 {N(width)} {N(height)}"),
            new XAttribute("role", "img"),
            new XAttribute("aria-label", label),
            new XAttribute("class", "sg-seal-preview"),
            new XAttribute("data-outline", face.Outline.ToString()),
            new XAttribute("data-width-mm", face.WidthMm),
            new XAttribute("data-height-mm", face.HeightMm),
            new XElement(Svg + "title", label));
        var canvas = new Canvas(root, width / 2, height / 2, face.WidthMm * Scale / 2, face.HeightMm * Scale / 2);
        switch (face.Outline)
        {
            case SealOutline.Round:
            case SealOutline.Oval:
                DrawCurved(canvas, face);
                break;
            default:
                DrawAngular(canvas, face);
                break;
        }

        return root.ToString(SaveOptions.DisableFormatting);
    }

    private static void DrawCurved(Canvas c, SealFace face)
    {
        var border = 1.0 * Scale;
        c.Add(new XElement(Svg + "ellipse", A("cx", c.X), A("cy", c.Y), A("rx", c.Rx - (border / 2)), A("ry", c.Ry - (border / 2)),
            new XAttribute("fill", "none"), new XAttribute("stroke", Red), A("stroke-width", border), new XAttribute("data-part", "border")));

        var chars = Characters(face.Text);
        if (chars.Count > 0)
        {
            // Names run over at most 240° of the upper ring (国发〔1999〕25号: left to right); long names get smaller characters.
            var size = Math.Min(c.Ry * 0.27, c.Rx * 0.27);
            AlongArc(c, chars, border + (size * 0.65), centre: 0, maxSweep: 240, size, SerifFonts, "ring-text", fontWeight: "700");
        }

        switch (face.Centre)
        {
            case SealCentre.Star:
                c.Add(Star(c.X, c.Y, Math.Min(c.Rx, c.Ry) * 0.36));
                break;
            case SealCentre.TaxNumber:
                // 发票专用章: the taxpayer number across the middle, 26 mm wide and 3.7 mm high (taxation practice).
                c.Add(Text(c.X, c.Y, face.CentreText!, 3.7 * Scale, DigitFonts, "tax-number", textLength: Math.Min(26 * Scale, c.Rx * 1.5)));
                break;
        }

        if (face.PurposeLine is { } purpose)
        {
            var y = c.Y + (c.Ry * (face.Centre == SealCentre.TaxNumber ? 0.42 : 0.55));
            c.Add(Text(c.X, y, purpose, Math.Min(4.6 * Scale, c.Ry * 0.28), SerifFonts, "purpose", textLength: Math.Min(c.Rx * 1.1, purpose.Length * 3.2 * Scale)));
        }

        if (face.CodePlacement == SealCodePlacement.BottomArc && face.SealCode is { } code)
        {
            AlongArc(c, [.. code.Select(ch => ch.ToString())], border + Scale, centre: 180, maxSweep: 100, 2.0 * Scale, DigitFonts, "seal-code", spacing: 0.62);
        }
    }

    private static void DrawAngular(Canvas c, SealFace face)
    {
        var border = 0.8 * Scale;
        var (left, top, right, bottom) = (c.X - c.Rx, c.Y - c.Ry, c.X + c.Rx, c.Y + c.Ry);
        XElement outline = face.Outline == SealOutline.Diamond
            ? new XElement(Svg + "polygon", new XAttribute("points", $"{N(c.X)},{N(top + (border / 2))} {N(right - (border / 2))},{N(c.Y)} {N(c.X)},{N(bottom - (border / 2))} {N(left + (border / 2))},{N(c.Y)}"))
            : new XElement(Svg + "rect", A("x", left + (border / 2)), A("y", top + (border / 2)), A("width", (2 * c.Rx) - border), A("height", (2 * c.Ry) - border),
                A("rx", face.Outline == SealOutline.Other ? 2 * Scale : 0));
        outline.Add(new XAttribute("fill", "none"), new XAttribute("stroke", Red), A("stroke-width", border), new XAttribute("data-part", "border"));
        c.Add(outline);

        var hasCode = face.CodePlacement == SealCodePlacement.BottomEdge && face.SealCode is not null;
        var codeStrip = hasCode ? 2.6 * Scale : 0;
        var chars = Characters(face.Text);
        var innerWidth = (2 * c.Rx) - (2 * border) - (1.2 * Scale);
        var innerHeight = (2 * c.Ry) - (2 * border) - (1.2 * Scale) - codeStrip;
        var innerTop = top + border + (0.6 * Scale);
        if (chars.Count > 0)
        {
            if (face.Layout == SealTextLayout.Columns)
            {
                // 名章: columns read from the right, top to bottom (王建 | 国印 reads 王建国印).
                var columns = chars.Count <= 1 ? 1 : chars.Count <= 4 ? 2 : 3;
                var rows = (int)Math.Ceiling(chars.Count / (double)columns);
                var cellWidth = innerWidth / columns;
                var size = Math.Min(cellWidth, innerHeight / rows) * 0.9;
                for (var i = 0; i < chars.Count; i++)
                {
                    var column = i / rows;
                    var row = i % rows;
                    var inColumn = Math.Min(rows, chars.Count - (column * rows));
                    var x = c.X + (innerWidth / 2) - ((column + 0.5) * cellWidth);
                    var y = innerTop + ((row + 0.5) * innerHeight / inColumn);
                    c.Add(Text(x, y, chars[i], size, SerifFonts, "text", fontWeight: "700"));
                }
            }
            else
            {
                var size = Math.Min(innerHeight * 0.6, innerWidth / chars.Count);
                c.Add(Text(c.X, innerTop + (innerHeight / 2), string.Concat(chars), size, SerifFonts, "text", fontWeight: "700"));
            }
        }

        if (hasCode)
        {
            var y = bottom - border - (codeStrip / 2);
            c.Add(Text(c.X, y, face.SealCode!, 1.8 * Scale, DigitFonts, "seal-code", textLength: Math.Min(innerWidth, face.SealCode!.Length * 1.1 * Scale)));
        }
    }

    /// <summary>
    /// Characters along the ellipse inside the border, evenly spaced by arc length around <paramref name="centre"/>
    /// (degrees clockwise from the top), each upright to the curve, over at most <paramref name="maxSweep"/> degrees
    /// (the characters shrink to fit). Both the upper and the lower arc read left to right; on the lower arc the
    /// characters stand with their feet to the border.
    /// </summary>
    private static void AlongArc(Canvas c, List<string> chars, double inset, double centre, double maxSweep, double size, string fonts, string part, double spacing = 1.1, string? fontWeight = null)
    {
        var (a, b) = (c.Rx - inset, c.Ry - inset);
        var bottom = centre is > 90 and < 270;
        var direction = bottom ? -1 : 1;

        // Arc length walked from the centre in 0.25° steps, up to half the sweep either way.
        const double Step = 0.25;
        var steps = (int)(maxSweep / 2 / Step);
        var lengths = new double[steps + 1];
        for (var k = 1; k <= steps; k++)
        {
            var (x0, y0) = Point(a, b, centre + ((k - 1) * Step));
            var (x1, y1) = Point(a, b, centre + (k * Step));
            lengths[k] = lengths[k - 1] + Math.Sqrt(((x1 - x0) * (x1 - x0)) + ((y1 - y0) * (y1 - y0)));
        }

        // Near the top and bottom the ellipse is symmetric, so one half's lengths serve both sides.
        var gap = Math.Min(size * spacing, chars.Count > 1 ? 2 * lengths[steps] / (chars.Count - 1) : size);
        size = Math.Min(size, gap / spacing * 1.05);
        var group = new XElement(Svg + "g", new XAttribute("data-part", part), new XAttribute("fill", Red), A("font-size", size),
            new XAttribute("font-family", fonts), new XAttribute("text-anchor", "middle"), new XAttribute("dominant-baseline", "central"));
        if (fontWeight is not null)
        {
            group.Add(new XAttribute("font-weight", fontWeight));
        }

        for (var i = 0; i < chars.Count; i++)
        {
            var offset = (i - ((chars.Count - 1) / 2.0)) * gap;
            var index = Array.BinarySearch(lengths, Math.Abs(offset));
            var k = index >= 0 ? index : Math.Min(~index, steps);
            var degrees = centre + (Math.Sign(offset) * direction * k * Step);
            var t = degrees * Math.PI / 180;
            var (x, y) = Point(a, b, degrees);
            (x, y) = (c.X + x, c.Y + y);
            var rotation = (Math.Atan2(b * Math.Sin(t), a * Math.Cos(t)) * 180 / Math.PI) + (bottom ? 180 : 0);
            group.Add(new XElement(Svg + "text", A("x", x), A("y", y), new XAttribute("transform", $"rotate({N(rotation)} {N(x)} {N(y)})"), chars[i]));
        }

        c.Add(group);
    }

    private static (double X, double Y) Point(double a, double b, double degrees)
    {
        var t = degrees * Math.PI / 180;
        return (a * Math.Sin(t), -b * Math.Cos(t));
    }

    private static XElement Text(double x, double y, string text, double size, string fonts, string part, double? textLength = null, string? fontWeight = null)
    {
        var element = new XElement(Svg + "text", A("x", x), A("y", y), A("font-size", size), new XAttribute("font-family", fonts),
            new XAttribute("fill", Red), new XAttribute("text-anchor", "middle"), new XAttribute("dominant-baseline", "central"),
            new XAttribute("data-part", part), text);
        if (textLength is { } length)
        {
            element.Add(A("textLength", length), new XAttribute("lengthAdjust", "spacingAndGlyphs"));
        }

        if (fontWeight is not null)
        {
            element.Add(new XAttribute("font-weight", fontWeight));
        }

        return element;
    }

    private static XElement Star(double cx, double cy, double outer)
    {
        var inner = outer * 0.382;
        var points = Enumerable.Range(0, 10).Select(i =>
        {
            var r = i % 2 == 0 ? outer : inner;
            var angle = (-Math.PI / 2) + (i * Math.PI / 5);
            return $"{N(cx + (r * Math.Cos(angle)))},{N(cy + (r * Math.Sin(angle)))}";
        });
        return new XElement(Svg + "polygon", new XAttribute("points", string.Join(' ', points)), new XAttribute("fill", Red), new XAttribute("data-part", "star"));
    }

    private static List<string> Characters(string text) =>
        [.. System.Globalization.StringInfo.GetTextElementEnumerator(text.Replace(" ", "", StringComparison.Ordinal)).AsEnumerable()];

    private static IEnumerable<string> AsEnumerable(this TextElementEnumerator enumerator)
    {
        while (enumerator.MoveNext())
        {
            yield return enumerator.GetTextElement();
        }
    }

    private static XAttribute A(string name, double value) => new(name, N(value));

    private static string N(double value) => Math.Round(value, 2).ToString(CultureInfo.InvariantCulture);

    private sealed record Canvas(XElement Root, double X, double Y, double Rx, double Ry)
    {
        public void Add(XElement element) => Root.Add(element);
    }
}
