using System.Globalization;
using SealGuard.Core.CodeTables;

namespace SealGuard.Core.Filings;

/// <summary>The pieces of a drawn seal face; the renderers tag their output with them (SVG <c>data-part</c>).</summary>
public enum SealFacePart
{
    Border = 1,

    /// <summary>The inscription along the upper arc of a round or oval face.</summary>
    RingText = 2,

    /// <summary>The inscription set in columns or lines on a square or rectangular face.</summary>
    Text = 3,
    Star = 4,
    TaxNumber = 5,

    /// <summary>The horizontal purpose line below the centre, e.g. 合同专用章.</summary>
    Purpose = 6,
    SealCode = 7,
}

/// <summary>
/// One character in its box, in millimetres from the face's top-left corner (y down): the box centre, its width and
/// height, and its rotation in degrees clockwise. A renderer fits the glyph's em square (a figure's digit height, for
/// <see cref="Figure"/>) into the box, stretching it as the box asks.
/// </summary>
public sealed record SealGlyph(string Text, double X, double Y, double Width, double Height, double Rotation, bool Figure);

/// <summary>The glyphs of one part, in reading order.</summary>
public sealed record SealGlyphRun(SealFacePart Part, string Text, IReadOnlyList<SealGlyph> Glyphs);

/// <summary>A point in millimetres from the face's top-left corner.</summary>
public readonly record struct SealPoint(double X, double Y);

/// <summary>
/// Where everything on a <see cref="SealFace"/> goes, in millimetres: the one home of the seal-art geometry that the
/// SVG preview and the PNG imprints both draw from (so they cannot disagree). The face is exactly the spec size; the
/// border is stroked inside it. Rules (国发〔1999〕25号, standards.md §5.1 and engraving practice):
/// <list type="bullet">
/// <item>Round and oval: the inscription runs left to right along the upper arc, 0.5 mm inside the border, over at
/// most 240° (230° for an oval, inside the 210–260° of the 发票专用章 rule) and at least 180° for six characters or more;
/// a long name first narrows its characters (down to half their height) and then gets smaller.</item>
/// <item>The five-pointed star in the middle (⅓ of the diameter across); the purpose line (合同专用章, 财务专用章,
/// 发票专用章) horizontally below it.</item>
/// <item>发票专用章 (40 × 30 mm): name 4.2 mm high; the 18-character taxpayer number across the middle, 3.7 mm high,
/// 1.3 mm wide, 26 mm in all; 发票专用章 4.6 mm high, 3 mm wide; other oval sizes scale these.</item>
/// <item>The 13-digit seal code along the lower arc, read left to right with its feet to the border; on a square or
/// rectangle, a line along the lower edge.</item>
/// <item>Square 名章: columns read from the right, top to bottom (王建 | 国印 reads 王建国印); a column with fewer
/// characters stretches them. Rectangle: one line, narrowed to fit.</item>
/// </list>
/// </summary>
public sealed record SealFaceLayout(SealOutline Outline, double Width, double Height, double BorderWidth, IReadOnlyList<SealPoint> Star, IReadOnlyList<SealGlyphRun> Runs)
{
    private const double TextGap = 0.5;
    private const double ArcStep = 0.25;

    /// <summary>The border's centre line: the outline inset by half the border width.</summary>
    public double BorderInset => BorderWidth / 2;

    public SealGlyphRun? Run(SealFacePart part) => Runs.FirstOrDefault(r => r.Part == part);

    public static SealFaceLayout Of(SealFace face)
    {
        ArgumentNullException.ThrowIfNull(face);
        double width = face.WidthMm, height = face.HeightMm;
        return face.Outline is SealOutline.Round or SealOutline.Oval ? Curved(face, width, height) : Angular(face, width, height);
    }

    /// <summary>The characters of an inscription as drawn (spaces dropped; a surrogate pair or combining sequence is one character).</summary>
    public static IReadOnlyList<string> Characters(string? text)
    {
        var result = new List<string>();
        var elements = StringInfo.GetTextElementEnumerator(text ?? string.Empty);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            if (!string.IsNullOrWhiteSpace(element))
            {
                result.Add(element);
            }
        }

        return result;
    }

    private static SealFaceLayout Curved(SealFace face, double width, double height)
    {
        var oval = face.Outline == SealOutline.Oval;
        var (cx, cy) = (width / 2, height / 2);
        var small = Math.Min(width, height);

        // An oval's sizes come from the 40 × 30 mm 发票专用章; a round face's from its diameter.
        var k = oval ? Math.Min(width / 40, height / 30) : small / 40;
        var border = oval ? 1.0 * k : Math.Max(0.8, small * 0.03);
        var (innerA, innerB) = (cx - border - TextGap, cy - border - TextGap);
        var runs = new List<SealGlyphRun>();

        var name = Characters(face.Text);
        if (name.Count > 0)
        {
            var nameHeight = oval ? 4.2 * k : small * 0.15;
            runs.Add(AlongArc(SealFacePart.RingText, name, cx, cy, innerA, innerB, top: true, nameHeight, widthRatio: 0.92, pitchRatio: 1.0,
                minSweep: name.Count >= 6 ? 180 : 0, maxSweep: oval ? 230 : 240, figure: false));
        }

        IReadOnlyList<SealPoint> star = [];
        if (face.Centre == SealCentre.Star)
        {
            star = StarCorners(cx, cy, small / 6);
        }
        else if (face.Centre == SealCentre.TaxNumber && face.CentreText is { } tax)
        {
            runs.Add(Line(SealFacePart.TaxNumber, Characters(tax), cx, cy, pitch: 26.0 * k / 18, glyphWidth: 1.3 * k, glyphHeight: 3.7 * k, figure: true));
        }

        if (face.PurposeLine is { } purpose)
        {
            var chars = Characters(purpose);
            var (size, glyphWidth, y) = face.Centre == SealCentre.TaxNumber
                ? (4.6 * k, 3.0 * k, cy + (height * 0.2))
                : (small * 0.1, small * 0.085, cy + (height * 0.25));
            runs.Add(Line(SealFacePart.Purpose, chars, cx, y, pitch: glyphWidth * 1.08, glyphWidth, size, figure: false));
        }

        if (face.CodePlacement == SealCodePlacement.BottomArc && face.SealCode is { } code)
        {
            var codeHeight = oval ? 1.9 * k : small * 0.055;
            runs.Add(AlongArc(SealFacePart.SealCode, Characters(code), cx, cy, innerA, innerB, top: false, codeHeight, widthRatio: 0.55, pitchRatio: 0.62,
                minSweep: 0, maxSweep: 90, figure: true));
        }

        return new SealFaceLayout(face.Outline, width, height, border, star, runs);
    }

    private static SealFaceLayout Angular(SealFace face, double width, double height)
    {
        var small = Math.Min(width, height);
        var border = Math.Max(0.6, small * 0.05);
        var padding = small * 0.05;
        var diamond = face.Outline == SealOutline.Diamond;

        // A diamond's text sits in the rectangle inscribed at half its size.
        var (left, top, innerWidth, innerHeight) = diamond
            ? (width / 4, height / 4, width / 2, height / 2)
            : (border + padding, border + padding, width - (2 * (border + padding)), height - (2 * (border + padding)));
        var runs = new List<SealGlyphRun>();
        var hasCode = face.CodePlacement == SealCodePlacement.BottomEdge && face.SealCode is not null;
        var codeHeight = Math.Max(1.4, small * 0.08);
        if (hasCode)
        {
            var chars = Characters(face.SealCode);
            var glyphWidth = Math.Min(codeHeight * 0.55, innerWidth / chars.Count * 0.9);
            runs.Add(Line(SealFacePart.SealCode, chars, width / 2, top + innerHeight - (codeHeight / 2), pitch: glyphWidth * 1.12, glyphWidth, codeHeight, figure: true));
            innerHeight -= codeHeight + padding;
        }

        var text = Characters(face.Text);
        if (text.Count > 0)
        {
            runs.Insert(0, face.Layout == SealTextLayout.Columns
                ? Columns(text, left, top, innerWidth, innerHeight)
                : Line(SealFacePart.Text, text, width / 2, top + (innerHeight / 2), pitch: Math.Min(innerHeight * 0.7, innerWidth / text.Count),
                    glyphWidth: Math.Min(innerHeight * 0.7, innerWidth / text.Count) * 0.92, glyphHeight: Math.Min(innerHeight * 0.7, innerWidth / text.Count * 1.6), figure: false));
        }

        return new SealFaceLayout(face.Outline, width, height, border, [], runs);
    }

    /// <summary>名章: right column first, each top to bottom; a column with fewer characters stretches them to its height.</summary>
    private static SealGlyphRun Columns(IReadOnlyList<string> chars, double left, double top, double innerWidth, double innerHeight)
    {
        var columns = chars.Count <= 1 ? 1 : chars.Count <= 4 ? 2 : 3;
        var rows = (chars.Count + columns - 1) / columns;
        var cellWidth = innerWidth / columns;
        var glyphs = new List<SealGlyph>();
        for (var i = 0; i < chars.Count; i++)
        {
            var column = i / rows;
            var row = i % rows;
            var inColumn = Math.Min(rows, chars.Count - (column * rows));
            var cellHeight = innerHeight / inColumn;
            var x = left + innerWidth - ((column + 0.5) * cellWidth);
            var y = top + ((row + 0.5) * cellHeight);
            glyphs.Add(new SealGlyph(chars[i], x, y, cellWidth * 0.94, cellHeight * 0.94, 0, Figure: false));
        }

        return new SealGlyphRun(SealFacePart.Text, string.Concat(chars), glyphs);
    }

    /// <summary>A horizontal line centred on (<paramref name="cx"/>, <paramref name="cy"/>), glyph centres <paramref name="pitch"/> apart.</summary>
    private static SealGlyphRun Line(SealFacePart part, IReadOnlyList<string> chars, double cx, double cy, double pitch, double glyphWidth, double glyphHeight, bool figure)
    {
        var glyphs = chars.Select((c, i) => new SealGlyph(c, cx + ((i - ((chars.Count - 1) / 2.0)) * pitch), cy, glyphWidth, glyphHeight, 0, figure)).ToList();
        return new SealGlyphRun(part, string.Concat(chars), glyphs);
    }

    /// <summary>
    /// Characters along the ellipse of semi-axes (<paramref name="innerA"/>, <paramref name="innerB"/>) minus half their
    /// height, spaced evenly by arc length around the top or bottom, each upright to the curve. The run takes its
    /// natural length (<paramref name="pitchRatio"/> × height per character), spread to at least <paramref name="minSweep"/>
    /// degrees and squeezed into at most <paramref name="maxSweep"/>: squeezing narrows the characters down to half their
    /// height, then shrinks them. Both arcs read left to right; on the lower one the characters have their feet to the border.
    /// </summary>
    private static SealGlyphRun AlongArc(SealFacePart part, IReadOnlyList<string> chars, double cx, double cy, double innerA, double innerB, bool top,
        double height, double widthRatio, double pitchRatio, double minSweep, double maxSweep, bool figure)
    {
        var centre = top ? 0.0 : 180.0;
        double pitch = 0, glyphWidth = 0, a = 0, b = 0;
        double[] lengths = [];
        for (var pass = 0; pass < 2; pass++)
        {
            (a, b) = (innerA - (height / 2), innerB - (height / 2));
            lengths = ArcLengths(a, b, centre, maxSweep / 2);
            var natural = chars.Count * height * pitchRatio;
            var least = minSweep > 0 ? 2 * lengths[(int)(minSweep / 2 / ArcStep)] : 0;
            var span = Math.Clamp(natural, Math.Min(least, 2 * lengths[^1]), 2 * lengths[^1]);
            pitch = span / chars.Count;
            glyphWidth = Math.Min(height * widthRatio, pitch * 0.92);
            if (glyphWidth >= height * 0.5 || pass == 1)
            {
                break;
            }

            // Too narrow: smaller characters (a little further out, so the arc is a little longer).
            height = glyphWidth / 0.5;
        }

        var glyphs = new List<SealGlyph>();
        var direction = top ? 1 : -1;
        for (var i = 0; i < chars.Count; i++)
        {
            var offset = (i - ((chars.Count - 1) / 2.0)) * pitch;
            var index = Array.BinarySearch(lengths, Math.Abs(offset));
            var steps = index >= 0 ? index : Math.Min(~index, lengths.Length - 1);
            var degrees = centre + (Math.Sign(offset) * direction * steps * ArcStep);
            var t = degrees * Math.PI / 180;
            var (x, y) = (cx + (a * Math.Sin(t)), cy - (b * Math.Cos(t)));

            // Upright to the curve: the ellipse's outward normal, turned over on the lower arc.
            var rotation = (Math.Atan2(b * Math.Sin(t), a * Math.Cos(t)) * 180 / Math.PI) + (top ? 0 : 180);
            glyphs.Add(new SealGlyph(chars[i], x, y, glyphWidth, height, rotation, figure));
        }

        return new SealGlyphRun(part, string.Concat(chars), glyphs);
    }

    /// <summary>Arc length walked from <paramref name="centre"/> (degrees clockwise from the top) in <see cref="ArcStep"/> steps; the ellipse is symmetric about it.</summary>
    private static double[] ArcLengths(double a, double b, double centre, double halfSweep)
    {
        var steps = (int)(halfSweep / ArcStep);
        var lengths = new double[steps + 1];
        for (var k = 1; k <= steps; k++)
        {
            var t0 = (centre + ((k - 1) * ArcStep)) * Math.PI / 180;
            var t1 = (centre + (k * ArcStep)) * Math.PI / 180;
            var (dx, dy) = (a * (Math.Sin(t1) - Math.Sin(t0)), b * (Math.Cos(t1) - Math.Cos(t0)));
            lengths[k] = lengths[k - 1] + Math.Sqrt((dx * dx) + (dy * dy));
        }

        return lengths;
    }

    /// <summary>The ten corners of a five-pointed star, point up.</summary>
    private static SealPoint[] StarCorners(double cx, double cy, double outer)
    {
        var inner = outer * 0.382;
        return [.. Enumerable.Range(0, 10).Select(i =>
        {
            var r = i % 2 == 0 ? outer : inner;
            var angle = (-Math.PI / 2) + (i * Math.PI / 5);
            return new SealPoint(cx + (r * Math.Cos(angle)), cy + (r * Math.Sin(angle)));
        })];
    }
}
