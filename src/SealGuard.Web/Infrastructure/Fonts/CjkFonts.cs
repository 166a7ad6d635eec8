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

    /// <summary>
    /// <paramref name="face"/> cut down to the glyphs of <paramref name="codePoints"/> (see <see cref="TrueTypeSubsetter"/>):
    /// for a PDF, which embeds the face it draws with whole. Same outlines and advances, so it draws exactly as the face does.
    /// </summary>
    public static SKTypeface Subset(SKTypeface face, IEnumerable<int> codePoints)
    {
        ArgumentNullException.ThrowIfNull(face);
        using var stream = face.OpenStream(out var collectionIndex);
        if (stream is null || collectionIndex != 0)
        {
            throw new NotSupportedException($"The face {face.FamilyName} has no single font file to subset.");
        }

        var bytes = new byte[stream.Length];
        stream.Read(bytes, bytes.Length);
        var subset = TrueTypeSubsetter.Subset(bytes, codePoints);
        using var data = SKData.CreateCopy(subset);
        return SKTypeface.FromData(data) ?? throw new InvalidDataException($"The subset of {face.FamilyName} does not load as a font.");
    }

    private static SKTypeface Load(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fonts", fileName);
        // A missing font is a broken build, not something to paper over with a fallback face that lacks the glyphs.
        return SKTypeface.FromFile(path)
            ?? throw new FileNotFoundException($"The packaged CJK font is missing; rebuild SealGuard.Web (npm ci fetches it).", path);
    }
}
