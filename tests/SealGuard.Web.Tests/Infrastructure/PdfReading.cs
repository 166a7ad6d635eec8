using QRCoder;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace SealGuard.Web.Tests.Infrastructure;

/// <summary>A generated PDF's text as a reader copies it.</summary>
public static class PdfReading
{
    /// <summary>The page's text: each glyph's character, or the ActualText of the span it is in; no spaces.</summary>
    public static string Text(Page page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var text = string.Concat(page.Letters.Select(l => l.Value));
        foreach (var span in page.GetMarkedContents().Where(m => !string.IsNullOrEmpty(m.ActualText)))
        {
            var glyphs = string.Concat(span.Letters.Select(l => l.Value));
            if (glyphs.Length > 0)
            {
                text = text.Replace(glyphs, span.ActualText, StringComparison.Ordinal);
            }
        }

        return text.Replace(" ", "", StringComparison.Ordinal);
    }

    /// <summary>Every page's text (<see cref="Text(Page)"/>), joined.</summary>
    public static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Concat(document.GetPages().Select(Text));
    }

    /// <summary>
    /// Whether the page draws <paramref name="text"/> as a QR code: the filled squares of one module size, read back as
    /// rows of dark modules, are exactly the runs of that text's code (error correction M, as <c>PdfPen.Qr</c> draws it).
    /// </summary>
    public static bool HasQrCode(Page page, string text)
    {
        ArgumentNullException.ThrowIfNull(page);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var expected = new HashSet<(int Row, int Column, int Length)>();
        for (var row = 0; row < matrix.Count; row++)
        {
            for (var column = 0; column < matrix.Count; column++)
            {
                if (matrix[row][column] && (column == 0 || !matrix[row][column - 1]))
                {
                    var end = column;
                    while (end < matrix.Count && matrix[row][end])
                    {
                        end++;
                    }

                    expected.Add((row, column, end - column));
                }
            }
        }

        var (firstRow, firstColumn) = (expected.Min(r => r.Row), expected.Where(r => r.Row == expected.Min(e => e.Row)).Min(r => r.Column));
        var squares = page.Paths.Where(p => p.IsFilled).SelectMany(p => p).Select(s => s.GetBoundingRectangle()).OfType<PdfRectangle>().ToList();
        foreach (var size in squares.GroupBy(r => Math.Round(r.Height, 2)))
        {
            var module = size.Average(r => r.Height);
            // The top-left dark module (of the finder pattern) fixes where the code's grid starts.
            var top = size.Max(r => r.Top) + (firstRow * module);
            var left = size.Where(r => Math.Abs(r.Top - size.Max(t => t.Top)) < module / 2).Min(r => r.Left) - (firstColumn * module);
            var found = size.Select(r => ((int)Math.Round((top - r.Top) / module), (int)Math.Round((r.Left - left) / module), (int)Math.Round(r.Width / module))).ToHashSet();
            if (found.SetEquals(expected))
            {
                return true;
            }
        }

        return false;
    }
}
