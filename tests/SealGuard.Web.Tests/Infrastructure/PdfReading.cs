using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

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
}
