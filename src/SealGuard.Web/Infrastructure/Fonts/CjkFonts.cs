using SkiaSharp;

namespace SealGuard.Web.Infrastructure.Fonts;

/// <summary>
/// The packaged Song-style font (Noto Serif SC from npm, copied beside the binaries by the build). Seal faces, demo
/// imprints and PDFs draw with it, never with a font the machine happens to have, so every node draws the same glyphs.
/// </summary>
public static class CjkFonts
{
    private static readonly Lazy<PackagedFace> RegularFace = new(() => Load("NotoSerifSC-Regular.ttf"));
    private static readonly Lazy<PackagedFace> BoldFace = new(() => Load("NotoSerifSC-Bold.ttf"));

    /// <summary>Song (宋体) style, regular weight: body text of receipts and printouts.</summary>
    public static SKTypeface Song => RegularFace.Value.Typeface;

    /// <summary>Song style, bold: seal inscriptions and titles.</summary>
    public static SKTypeface SongBold => BoldFace.Value.Typeface;

    /// <summary>
    /// <see cref="Song"/> or <see cref="SongBold"/> cut down to the glyphs of <paramref name="codePoints"/> (see
    /// <see cref="TrueTypeSubsetter"/>), for a PDF, which embeds the faces it draws with whole. Same outlines and advances,
    /// so it draws exactly as the face does; the caller owns (disposes) it.
    /// </summary>
    public static SKTypeface Subset(SKTypeface face, IEnumerable<int> codePoints)
    {
        var file = ReferenceEquals(face, Song) ? RegularFace.Value.File
            : ReferenceEquals(face, SongBold) ? BoldFace.Value.File
            : throw new ArgumentException("Only the packaged faces are subset.", nameof(face));
        using var subset = SKData.CreateCopy(TrueTypeSubsetter.Subset(file.AsSpan(), codePoints));
        return SKTypeface.FromData(subset) ?? throw new InvalidDataException($"The subset of {face.FamilyName} does not load as a font.");
    }

    /// <summary>The face and its file, mapped once: subsetting reads the file without copying 15 MB per PDF.</summary>
    private static PackagedFace Load(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fonts", fileName);
        // A missing font is a broken build, not something to paper over with a fallback face that lacks the glyphs.
        var file = File.Exists(path) ? SKData.Create(path) : null;
        var face = file is null ? null : SKTypeface.FromData(file);
        return face is null
            ? throw new FileNotFoundException($"The packaged CJK font is missing; rebuild SealGuard.Web (npm ci fetches it).", path)
            : new PackagedFace(file!, face);
    }

    private sealed record PackagedFace(SKData File, SKTypeface Typeface);
}
