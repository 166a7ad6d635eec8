using System.Globalization;
using System.Text;
using System.Xml.Linq;
using SealGuard.Core.CodeTables;
using SealGuard.Core.Filings;
using SealGuard.Web.Infrastructure.Fonts;
using SealGuard.Web.Infrastructure.Imaging;
using SkiaSharp;

namespace SealGuard.Web.Infrastructure.SealArt;

/// <summary>
/// Draws a <see cref="SealFace"/> from its <see cref="SealFaceLayout"/>: as SVG for the wizard's preview and as a PNG
/// imprint (red ink on a transparent background, at a given DPI, exactly the spec's size). Every character is a glyph
/// outline of the packaged Song-style font (<see cref="CjkFonts.SongBold"/>) turned into a path, so the SVG needs no font
/// in the browser and both drawings look the same everywhere. The SVG is in millimetres; its root carries
/// <c>data-outline</c>, <c>data-width-mm</c> and <c>data-height-mm</c>, every part a <c>data-part</c> (a run also
/// <c>data-text</c>, each glyph path <c>data-char</c>); text is escaped by <see cref="XElement"/>.
/// </summary>
public static class SealFaceRenderer
{
    /// <summary>Seal-paste red (印泥红).</summary>
    public static readonly SKColor Ink = new(0xd1, 0x19, 0x1f);

    private const float FontSize = 100;
    private static readonly XNamespace SvgNs = "http://www.w3.org/2000/svg";
    private static readonly Lazy<Metrics> FontMetrics = new(Metrics.Measure);

    public static string Svg(SealFace face, string label)
    {
        var layout = SealFaceLayout.Of(face);
        var ink = "#" + Ink.Red.ToString("x2", CultureInfo.InvariantCulture) + Ink.Green.ToString("x2", CultureInfo.InvariantCulture) + Ink.Blue.ToString("x2", CultureInfo.InvariantCulture);
        var root = new XElement(SvgNs + "svg",
            new XAttribute("viewBox", $"0 0 {N(layout.Width)} {N(layout.Height)}"),
            new XAttribute("role", "img"),
            new XAttribute("aria-label", label),
            new XAttribute("class", "sg-seal-preview"),
            new XAttribute("data-outline", face.Outline.ToString()),
            new XAttribute("data-width-mm", face.WidthMm),
            new XAttribute("data-height-mm", face.HeightMm),
            new XElement(SvgNs + "title", label));
        using (var border = BorderPath(layout))
        {
            root.Add(new XElement(SvgNs + "path", new XAttribute("d", PathData(border)), new XAttribute("fill", "none"), new XAttribute("stroke", ink),
                new XAttribute("stroke-width", N(layout.BorderWidth)), new XAttribute("data-part", Part(SealFacePart.Border))));
        }

        if (layout.Star.Count > 0)
        {
            root.Add(new XElement(SvgNs + "polygon", new XAttribute("points", string.Join(' ', layout.Star.Select(p => $"{N(p.X)},{N(p.Y)}"))),
                new XAttribute("fill", ink), new XAttribute("data-part", Part(SealFacePart.Star))));
        }

        foreach (var run in layout.Runs)
        {
            var group = new XElement(SvgNs + "g", new XAttribute("data-part", Part(run.Part)), new XAttribute("data-text", run.Text), new XAttribute("fill", ink));
            foreach (var glyph in run.Glyphs)
            {
                using var path = GlyphPath(glyph);
                group.Add(new XElement(SvgNs + "path", new XAttribute("data-char", glyph.Text), new XAttribute("d", PathData(path))));
            }

            root.Add(group);
        }

        return root.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>The face as a PNG imprint at <paramref name="dpi"/>, its pixel size the spec's millimetres at that DPI, with a pHYs chunk saying so.</summary>
    public static byte[] Png(SealFace face, int dpi)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dpi, 72);
        var layout = SealFaceLayout.Of(face);
        var (width, height) = PixelSize(face, dpi);
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException("No drawing surface for the imprint.");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        canvas.Scale((float)(width / layout.Width), (float)(height / layout.Height));
        using var fill = new SKPaint { Color = Ink, IsAntialias = true, Style = SKPaintStyle.Fill };
        using var stroke = new SKPaint { Color = Ink, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = (float)layout.BorderWidth };
        using (var border = BorderPath(layout))
        {
            canvas.DrawPath(border, stroke);
        }

        if (layout.Star.Count > 0)
        {
            using var star = new SKPath();
            star.AddPoly([.. layout.Star.Select(p => new SKPoint((float)p.X, (float)p.Y))], close: true);
            canvas.DrawPath(star, fill);
        }

        foreach (var glyph in layout.Runs.SelectMany(r => r.Glyphs))
        {
            using var path = GlyphPath(glyph);
            canvas.DrawPath(path, fill);
        }

        // Lossless either way; a light zlib level and the Sub filter encode several times faster than the defaults.
        using var pixels = surface.PeekPixels();
        using var data = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 3))
            ?? throw new InvalidOperationException("The imprint could not be encoded.");
        return PngPhysChunk.Insert(data.ToArray(), dpi, dpi);
    }

    /// <summary>The imprint's size in pixels at <paramref name="dpi"/>: the spec's millimetres, rounded.</summary>
    public static (int Width, int Height) PixelSize(SealFace face, int dpi)
    {
        ArgumentNullException.ThrowIfNull(face);
        return ((int)Math.Round(face.WidthMm * dpi / 25.4), (int)Math.Round(face.HeightMm * dpi / 25.4));
    }

    /// <summary>The kebab-case name of a part, as the SVG tags it (<c>ring-text</c>, <c>seal-code</c>, …).</summary>
    public static string Part(SealFacePart part) => part switch
    {
        SealFacePart.RingText => "ring-text",
        SealFacePart.TaxNumber => "tax-number",
        SealFacePart.SealCode => "seal-code",
        _ => part.ToString().ToLowerInvariant(),
    };

    private static SKPath BorderPath(SealFaceLayout layout)
    {
        var path = new SKPath();
        var inset = (float)layout.BorderInset;
        var (w, h) = ((float)layout.Width, (float)layout.Height);
        var rect = new SKRect(inset, inset, w - inset, h - inset);
        switch (layout.Outline)
        {
            case SealOutline.Round:
            case SealOutline.Oval:
                path.AddOval(rect);
                break;
            case SealOutline.Diamond:
                path.AddPoly([new(w / 2, inset), new(w - inset, h / 2), new(w / 2, h - inset), new(inset, h / 2)], close: true);
                break;
            case SealOutline.Other:
                path.AddRoundRect(rect, Math.Min(w, h) / 10, Math.Min(w, h) / 10);
                break;
            default:
                path.AddRect(rect);
                break;
        }

        return path;
    }

    /// <summary>The glyph's outline fitted into its box: the em square (a figure: the digit height) to the box height, the advance to its width.</summary>
    private static SKPath GlyphPath(SealGlyph glyph)
    {
        var metrics = FontMetrics.Value;
        using var font = new SKFont(CjkFonts.SongBold, FontSize);
        var path = font.GetTextPath(glyph.Text, SKPoint.Empty);
        var advance = Math.Max(font.MeasureText(glyph.Text), 1);
        var (middle, fullHeight) = glyph.Figure ? (metrics.FigureMiddle, metrics.FigureHeight) : (metrics.EmMiddle, FontSize);
        var matrix = SKMatrix.CreateTranslation(-advance / 2, -middle)
            .PostConcat(SKMatrix.CreateScale((float)glyph.Width / advance, (float)glyph.Height / fullHeight))
            .PostConcat(SKMatrix.CreateRotationDegrees((float)glyph.Rotation))
            .PostConcat(SKMatrix.CreateTranslation((float)glyph.X, (float)glyph.Y));
        path.Transform(in matrix);
        return path;
    }

    /// <summary>SVG path data to 0.01 mm.</summary>
    private static string PathData(SKPath path)
    {
        var data = new StringBuilder();
        using var iterator = path.CreateRawIterator();
        var points = new SKPoint[4];
        SKPathVerb verb;
        while ((verb = iterator.Next(points)) != SKPathVerb.Done)
        {
            switch (verb)
            {
                case SKPathVerb.Move:
                    Append(data, 'M', points[0]);
                    break;
                case SKPathVerb.Line:
                    Append(data, 'L', points[1]);
                    break;
                case SKPathVerb.Quad:
                    Append(data, 'Q', points[1], points[2]);
                    break;
                case SKPathVerb.Conic:
                    var quads = SKPath.ConvertConicToQuads(points[0], points[1], points[2], iterator.ConicWeight(), 1);
                    for (var i = 1; i + 1 < quads.Length; i += 2)
                    {
                        Append(data, 'Q', quads[i], quads[i + 1]);
                    }

                    break;
                case SKPathVerb.Cubic:
                    Append(data, 'C', points[1], points[2], points[3]);
                    break;
                case SKPathVerb.Close:
                    data.Append('Z');
                    break;
            }
        }

        return data.ToString();
    }

    private static void Append(StringBuilder data, char command, params SKPoint[] points)
    {
        data.Append(command);
        for (var i = 0; i < points.Length; i++)
        {
            data.Append(i == 0 ? string.Empty : " ").Append(N(points[i].X)).Append(',').Append(N(points[i].Y));
        }
    }

    private static string N(double value) => Math.Round(value, 2).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Where a glyph's box centre sits relative to its baseline at <see cref="FontSize"/>: ideographs by the ink of 国
    /// (the em square's middle, near enough), figures by the ink of the digit 0, whose height is the figure's height.
    /// </summary>
    private sealed record Metrics(float EmMiddle, float FigureMiddle, float FigureHeight)
    {
        public static Metrics Measure()
        {
            using var font = new SKFont(CjkFonts.SongBold, FontSize);
            font.MeasureText("国", out var ideograph);
            font.MeasureText("0", out var figure);
            return new Metrics(ideograph.MidY, figure.MidY, figure.Height);
        }
    }
}
