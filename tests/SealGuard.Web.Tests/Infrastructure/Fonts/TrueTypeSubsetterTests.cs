using SealGuard.Web.Infrastructure.Fonts;
using SkiaSharp;

namespace SealGuard.Web.Tests.Infrastructure.Fonts;

/// <summary>The subset a receipt PDF embeds: only the glyphs of its characters, each one drawn exactly as the full face draws it.</summary>
public sealed class TrueTypeSubsetterTests
{
    // 用 and the Kangxi radical ⽤ share one glyph; é and ǘ are composites in many fonts (base letter plus accent).
    private const string Text = "印章刻制备案回执用⽤章单位经办人签字：（）0123456789ABCXYZ-—·★éǘ";

    [Fact]
    public void The_subset_keeps_notdef_and_one_glyph_per_distinct_glyph_of_the_text_and_is_small()
    {
        var full = FontBytes("NotoSerifSC-Regular.ttf");
        using var fullFace = SKTypeface.FromData(SKData.CreateCopy(full));
        using var fullFont = new SKFont(fullFace);

        var subset = TrueTypeSubsetter.Subset(full, CodePoints(Text));

        using var face = SKTypeface.FromData(SKData.CreateCopy(subset));
        face.ShouldNotBeNull("the subset must load as a font");
        face.FamilyName.ShouldBe("Noto Serif SC");
        face.GetTableTags().ShouldNotContain(Tag("GSUB"));
        var glyphs = fullFont.GetGlyphs(Text).Distinct().Count();
        face.GlyphCount.ShouldBeInRange(glyphs + 1, glyphs + 10, "notdef, the text's glyphs and at most a few accent components");
        subset.Length.ShouldBeLessThan(64 * 1024);
        full.Length.ShouldBeGreaterThan(10 * 1024 * 1024);
    }

    [Fact]
    public void Every_character_of_the_text_maps_and_others_do_not()
    {
        using var face = SKTypeface.FromData(SKData.CreateCopy(TrueTypeSubsetter.Subset(FontBytes("NotoSerifSC-Bold.ttf"), CodePoints(Text))));
        using var font = new SKFont(face);

        font.GetGlyphs(Text).ShouldNotContain((ushort)0);
        font.GetGlyphs("用").ShouldBe(font.GetGlyphs("⽤"));
        font.GetGlyphs("国").ShouldBe([(ushort)0]);
    }

    [Theory]
    [InlineData("NotoSerifSC-Regular.ttf")]
    [InlineData("NotoSerifSC-Bold.ttf")]
    public void The_subset_draws_the_same_outlines_and_advances_as_the_full_face(string file)
    {
        var full = FontBytes(file);
        using var fullFace = SKTypeface.FromData(SKData.CreateCopy(full));
        using var face = SKTypeface.FromData(SKData.CreateCopy(TrueTypeSubsetter.Subset(full, CodePoints(Text))));
        using var fullFont = new SKFont(fullFace, 48);
        using var font = new SKFont(face, 48);

        foreach (var character in new[] { "印", "章", "⽤", "：", "8", "★", "é", "ǘ" })
        {
            using var expected = fullFont.GetGlyphPath(fullFont.GetGlyphs(character)[0]);
            using var actual = font.GetGlyphPath(font.GetGlyphs(character)[0]);
            actual.ToSvgPathData().ShouldBe(expected.ToSvgPathData(), character);
            actual.ToSvgPathData().ShouldNotBeEmpty(character);
            font.MeasureText(character).ShouldBe(fullFont.MeasureText(character), character);
        }

        font.MeasureText(Text).ShouldBe(fullFont.MeasureText(Text));
        font.Metrics.Ascent.ShouldBe(fullFont.Metrics.Ascent);
        font.Metrics.Descent.ShouldBe(fullFont.Metrics.Descent);
    }

    private static byte[] FontBytes(string file) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fonts", file));

    private static int[] CodePoints(string text) => [.. text.EnumerateRunes().Select(r => r.Value)];

    private static uint Tag(string tag) => (uint)((tag[0] << 24) | (tag[1] << 16) | (tag[2] << 8) | tag[3]);
}
