using SkiaSharp;

namespace SealGuard.Web.Infrastructure.Fonts;

/// <summary>
/// The packaged Song-style font (Noto Serif SC from npm, copied beside the binaries by the build). Seal faces, demo
/// imprints and PDFs draw with it, never with a font the machine happens to have, so every node draws the same glyphs.
/// </summary>
public static class CjkFonts
{
    private static readonly Lazy<SKTypeface> RegularFace = new(() => Load("NotoSerifSC-Regular.ttf"));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Load("NotoSerifSC-Bold.ttf"));

    /// <summary>Song (宋体) style, regular weight: body text of receipts and printouts.</summary>
    public static SKTypeface Song => RegularFace.Value;

    /// <summary>Song style, bold: seal inscriptions and titles.</summary>
    public static SKTypeface SongBold => BoldFace.Value;

    private static SKTypeface Load(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fonts", fileName);
        // A missing font is a broken build, not something to paper over with a fallback face that lacks the glyphs.
        return SKTypeface.FromFile(path)
            ?? throw new FileNotFoundException($"The packaged CJK font is missing; rebuild SealGuard.Web (npm ci fetches it).", path);
    }
}
