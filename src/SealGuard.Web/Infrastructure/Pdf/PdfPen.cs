using System.Text;
using QRCoder;
using SealGuard.Web.Infrastructure.Fonts;
using SkiaSharp;

namespace SealGuard.Web.Infrastructure.Pdf;

/// <summary>
/// A4 documents drawn server-side with the packaged Song font (points, 1/72 in). The document is drawn twice: a first
/// pass on a canvas that draws nothing learns which characters each face prints (the PDF embeds each face it draws
/// whole, ~15 MB each), the second draws with faces cut down to those (same glyphs, same advances).
/// </summary>
public static class A4Pdf
{
    public const float PageWidth = 595.28f;
    public const float PageHeight = 841.89f;
    public const float Margin = 56.7f; // 20 mm
    public const float ContentWidth = PageWidth - (2 * Margin);

    /// <summary>Points per millimetre (72 ÷ 25.4): a length drawn at this scale prints at its real size when the print is not scaled.</summary>
    public const float PointsPerMillimetre = 72f / 25.4f;

    /// <param name="metadata">The document's title, creator and dates.</param>
    /// <param name="footer">The footer line of page n (from 1).</param>
    /// <param name="draw">Writes the document top-down; called twice.</param>
    public static byte[] Render(SKDocumentPdfMetadata metadata, Func<int, string> footer, Action<PdfPen> draw)
    {
        ArgumentNullException.ThrowIfNull(draw);
        using var scratch = new SKNoDrawCanvas((int)PageWidth, (int)PageHeight);
        HashSet<int> regularText, boldText;
        using (var dryRun = new PdfPen(() => scratch, () => { }, CjkFonts.Song, CjkFonts.SongBold, footer))
        {
            draw(dryRun);
            (regularText, boldText) = (dryRun.RegularText, dryRun.BoldText);
        }

        using var regular = CjkFonts.Subset(CjkFonts.Song, regularText);
        using var bold = CjkFonts.Subset(CjkFonts.SongBold, boldText);
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            using (var pen = new PdfPen(() => document.BeginPage(PageWidth, PageHeight), document.EndPage, regular, bold, footer))
            {
                draw(pen);
            }

            document.Close();
        }

        return stream.ToArray();
    }
}

/// <summary>
/// A cursor over the pages of an <see cref="A4Pdf"/>: writes top-down and starts a new page (with the footer) when the
/// next block does not fit; notes the characters it writes with each face.
/// </summary>
public sealed class PdfPen : IDisposable
{
    private const float PageWidth = A4Pdf.PageWidth;
    private const float PageHeight = A4Pdf.PageHeight;
    private const float Margin = A4Pdf.Margin;
    private const float ContentWidth = A4Pdf.ContentWidth;
    private const float LabelWidth = 110f;
    private const float LineGap = 1.45f;
    private const float SignatureBlockHeight = 110f;

    private readonly Func<SKCanvas> _beginPage;
    private readonly Action _endPage;
    private readonly Func<int, string> _footer;
    private readonly SKFont _regular;
    private readonly SKFont _bold;
    private readonly SKPaint _ink = new() { Color = SKColors.Black, IsAntialias = true };
    private readonly SKPaint _grey = new() { Color = new SKColor(0x55, 0x5B, 0x64), IsAntialias = true };
    private readonly SKPaint _line = new() { Color = new SKColor(0x9A, 0xA0, 0xA8), StrokeWidth = 0.6f, IsStroke = true };
    private SKCanvas _canvas = null!;
    private int _page;

    internal PdfPen(Func<SKCanvas> beginPage, Action endPage, SKTypeface regular, SKTypeface bold, Func<int, string> footer)
    {
        _beginPage = beginPage;
        _endPage = endPage;
        _regular = new SKFont(regular, 10.5f);
        _bold = new SKFont(bold, 10.5f);
        _footer = footer;
        NewPage();
    }

    /// <summary>The cursor's distance from the page top.</summary>
    public float Y { get; private set; }

    /// <summary>The code points written with the regular face.</summary>
    public HashSet<int> RegularText { get; } = [];

    /// <summary>The code points written with the bold face.</summary>
    public HashSet<int> BoldText { get; } = [];

    public void Centered(string text, float size, bool bold)
    {
        var font = Font(bold, size);
        Y += size;
        Text(text, PageWidth / 2, Y, SKTextAlign.Center, font, _ink);
        Y += size * (LineGap - 1) + 4f;
    }

    public void Space(float points) => Y += points;

    public void Rule()
    {
        Fit(10f);
        Y += 4f;
        _canvas.DrawLine(Margin, Y, PageWidth - Margin, Y, _line);
        Y += 8f;
    }

    public void Heading(string text)
    {
        Fit(24f);
        Y += 11f;
        Text(text, Margin, Y, SKTextAlign.Left, Font(bold: true, 11f), _ink);
        Y += 8f;
    }

    /// <summary>A label and its value, the value wrapped within the column.</summary>
    public void Row(string label, string value, bool bold = false)
    {
        var font = Font(bold, 10.5f);
        var lines = Wrap(value, font, ContentWidth - LabelWidth);
        Fit(lines.Count * font.Size * LineGap);
        Text(label, Margin, Y + font.Size, SKTextAlign.Left, Font(bold: false, 10.5f), _grey);
        foreach (var line in lines)
        {
            Y += font.Size;
            Text(line, Margin + LabelWidth, Y, SKTextAlign.Left, font, _ink);
            Y += font.Size * (LineGap - 1);
        }

        Y += 3f;
    }

    public void Paragraph(string text, float size)
    {
        var font = Font(bold: false, size);
        var lines = Wrap(text, font, ContentWidth);
        Fit((lines.Count * size * LineGap) + 6f);
        Y += 6f;
        foreach (var line in lines)
        {
            Y += size;
            Text(line, Margin, Y, SKTextAlign.Left, font, _grey);
            Y += size * (LineGap - 1);
        }
    }

    /// <summary>A numbered entry of a list: its title wrapped beside the number, its status at the right, grey detail lines under it, a rule below; kept on one page.</summary>
    public void Entry(string number, string title, string status, IReadOnlyList<string> details, bool emphasise)
    {
        const float numberWidth = 24f;
        const float statusWidth = 64f;
        var titleFont = Font(bold: emphasise, 10.5f);
        var titleLines = Wrap(title, titleFont, ContentWidth - numberWidth - statusWidth);
        var detailFont = Font(bold: false, 9f);
        var detailLines = details.Where(d => d.Length > 0).SelectMany(d => Wrap(d, detailFont, ContentWidth - numberWidth)).ToList();
        Fit((titleLines.Count * 10.5f * LineGap) + (detailLines.Count * 9f * LineGap) + 10f);
        Y += 10.5f;
        Text(number, Margin, Y, SKTextAlign.Left, Font(bold: false, 10.5f), _ink);
        Text(status, PageWidth - Margin, Y, SKTextAlign.Right, Font(emphasise, 10.5f), _ink);
        for (var i = 0; i < titleLines.Count; i++)
        {
            if (i > 0)
            {
                Y += 10.5f;
            }

            Text(titleLines[i], Margin + numberWidth, Y, SKTextAlign.Left, Font(emphasise, 10.5f), _ink);
            Y += 10.5f * (LineGap - 1);
        }

        foreach (var line in detailLines)
        {
            Y += 9f;
            Text(line, Margin + numberWidth, Y, SKTextAlign.Left, Font(bold: false, 9f), _grey);
            Y += 9f * (LineGap - 1);
        }

        Y += 3f;
        _canvas.DrawLine(Margin, Y, PageWidth - Margin, Y, _line);
        Y += 2f;
    }

    /// <summary>Two signature lines side by side, each with a date line, kept together.</summary>
    public void Signatures(string left, string right, string dateLine)
    {
        Fit(SignatureBlockHeight);
        Y += 36f;
        var half = ContentWidth / 2;
        var font = Font(bold: false, 10.5f);
        foreach (var (label, x) in new[] { (left, Margin), (right, Margin + half + 10f) })
        {
            Text(label + "：", x, Y, SKTextAlign.Left, font, _ink);
            var lineStart = x + font.MeasureText(label + "：");
            _canvas.DrawLine(lineStart, Y + 2f, x + half - 20f, Y + 2f, _line);
            Text(dateLine, x, Y + 34f, SKTextAlign.Left, font, _ink);
        }

        Y += 50f;
    }

    /// <summary>Makes room for a block of <paramref name="height"/> and returns its top (the block then draws with <see cref="Write"/>, <see cref="Qr"/>, <see cref="Underline"/>).</summary>
    public float Block(float height)
    {
        Fit(height);
        var top = Y;
        Y += height;
        return top;
    }

    /// <summary>One line at a place of the current block; <paramref name="fitWidth"/> shrinks the regular face until it fits.</summary>
    public void Write(string text, float x, float y, float size, bool bold = false, bool grey = false, float? fitWidth = null)
    {
        var font = Font(bold, size);
        while (fitWidth is { } width && font.Size > 7f && font.MeasureText(text) > width)
        {
            font.Size -= 0.5f;
        }

        Text(text, x, y, SKTextAlign.Left, font, grey ? _grey : _ink);
    }

    public void Underline(float fromX, float toX, float y) => _canvas.DrawLine(fromX, y, toX, y, _line);

    /// <summary>A thin frame around a box of the current block.</summary>
    public void Frame(float x, float y, float width, float height) => _canvas.DrawRect(x, y, width, height, _line);

    /// <summary>An image stretched exactly over a box of the current block (the PDF keeps the image's own pixels; the box sets its printed size).</summary>
    public void Image(SKImage image, float x, float y, float width, float height)
    {
        ArgumentNullException.ThrowIfNull(image);
        _canvas.DrawImage(image, SKRect.Create(x, y, width, height), new SKSamplingOptions(SKCubicResampler.Mitchell));
    }

    /// <summary>A QR code as vector squares (crisp at any print resolution), one run of dark modules per rectangle.</summary>
    public void Qr(string text, float x, float y, float size)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var module = size / matrix.Count;
        for (var row = 0; row < matrix.Count; row++)
        {
            var column = 0;
            while (column < matrix.Count)
            {
                if (!matrix[row][column])
                {
                    column++;
                    continue;
                }

                var run = column;
                while (run < matrix.Count && matrix[row][run])
                {
                    run++;
                }

                _canvas.DrawRect(x + (column * module), y + (row * module), (run - column) * module, module, _ink);
                column = run;
            }
        }
    }

    public void Dispose()
    {
        Footer();
        _endPage();
        _regular.Dispose();
        _bold.Dispose();
        _ink.Dispose();
        _grey.Dispose();
        _line.Dispose();
    }

    /// <summary>
    /// Draws a line of text as a blob that carries the characters beside the glyphs: the font maps e.g. 用 and the
    /// Kangxi radical ⽤ to one glyph, and the PDF's glyph-to-text table names the radical, so without the text copying
    /// or searching the PDF would find ⽤章单位; with it Skia writes the real characters as ActualText.
    /// </summary>
    private void Text(string text, float x, float y, SKTextAlign align, SKFont font, SKPaint paint)
    {
        if (text.Length == 0)
        {
            return;
        }

        var glyphs = font.GetGlyphs(text);
        var utf8 = Encoding.UTF8.GetBytes(text);
        var clusters = new uint[glyphs.Length];
        var (glyph, offset) = (0, 0);
        var written = ReferenceEquals(font, _bold) ? BoldText : RegularText;
        foreach (var rune in text.EnumerateRunes())
        {
            written.Add(rune.Value);
            clusters[glyph++] = (uint)offset;
            offset += rune.Utf8SequenceLength;
        }

        var width = font.MeasureText(text);
        var left = align switch { SKTextAlign.Center => x - (width / 2), SKTextAlign.Right => x - width, _ => x };
        using var builder = new SKTextBlobBuilder();
        var run = builder.AllocateTextRun(font, glyphs.Length, left, y, utf8.Length);
        run.SetGlyphs(glyphs);
        run.SetText(utf8);
        run.SetClusters(clusters);
        using var blob = builder.Build();
        _canvas.DrawText(blob, 0, 0, paint);
    }

    private SKFont Font(bool bold, float size)
    {
        var font = bold ? _bold : _regular;
        font.Size = size;
        return font;
    }

    private void Fit(float height)
    {
        if (Y + height <= PageHeight - Margin - 20f)
        {
            return;
        }

        Footer();
        _endPage();
        NewPage();
    }

    private void NewPage()
    {
        _canvas = _beginPage();
        _page++;
        Y = Margin;
    }

    private void Footer()
    {
        var size = _regular.Size;
        _regular.Size = 8f;
        Text(_footer(_page), PageWidth / 2, PageHeight - (Margin / 2), SKTextAlign.Center, _regular, _grey);
        _regular.Size = size;
    }

    /// <summary>Breaks text into lines that fit <paramref name="width"/>, at any character (Chinese has no spaces to break at).</summary>
    private static List<string> Wrap(string text, SKFont font, float width)
    {
        var lines = new List<string>();
        var start = 0;
        for (var end = 1; end <= text.Length; end++)
        {
            if (font.MeasureText(text.AsSpan(start, end - start)) > width && end - 1 > start)
            {
                lines.Add(text[start..(end - 1)]);
                start = end - 1;
            }
        }

        lines.Add(text[start..]);
        return lines;
    }
}
