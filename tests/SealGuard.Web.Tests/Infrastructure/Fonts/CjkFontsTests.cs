using SealGuard.Web.Infrastructure.Fonts;
using SkiaSharp;

namespace SealGuard.Web.Tests.Infrastructure.Fonts;

public sealed class CjkFontsTests
{
    [Fact]
    public void The_packaged_song_faces_load_and_cover_seal_inscriptions()
    {
        foreach (var face in new[] { CjkFonts.Song, CjkFonts.SongBold })
        {
            Assert.Equal("Noto Serif SC", face.FamilyName);
            using var font = new SKFont(face, 24);
            // Every character of a typical inscription has a glyph (0 would be the missing-glyph box).
            var glyphs = font.GetGlyphs("新乡市红旗区建设有限公司发票专用章王建国印★");
            Assert.DoesNotContain((ushort)0, glyphs);
        }

        Assert.True(CjkFonts.SongBold.FontWeight > CjkFonts.Song.FontWeight);
    }

    [Fact]
    public void A_subset_of_a_packaged_face_draws_its_characters_like_the_face_and_nothing_else()
    {
        using var subset = CjkFonts.Subset(CjkFonts.SongBold, "备案回执".EnumerateRunes().Select(r => r.Value));
        using var font = new SKFont(subset, 20);
        using var full = new SKFont(CjkFonts.SongBold, 20);

        subset.FamilyName.ShouldBe("Noto Serif SC");
        subset.GlyphCount.ShouldBe(5);
        font.MeasureText("备案回执").ShouldBe(full.MeasureText("备案回执"));
        font.GetGlyphs("章").ShouldBe([(ushort)0]);
    }
}
