using SealGuard.Core.Filings;

namespace SealGuard.Core.Tests.Filings;

public sealed class SealFaceLayoutTests
{
    private static SealFaceLayout Round(string name) =>
        SealFaceLayout.Of(SealFace.Compose(new SealSpecification("01", "01", "01", "R40", name), null, "4107020000123", "410702"));

    /// <summary>Degrees clockwise from 12 o'clock of a glyph centre around the face's middle.</summary>
    private static double Angle(SealFaceLayout layout, SealGlyph glyph) =>
        Math.Atan2(glyph.X - (layout.Width / 2), (layout.Height / 2) - glyph.Y) * 180 / Math.PI;

    [Fact]
    public void A_long_name_narrows_its_characters_to_stay_within_the_upper_ring()
    {
        var ordinary = Round("新乡市恒泰商贸有限公司");
        var long_ = Round("新乡市红旗区人民政府向阳街道办事处社区卫生服务中心管理委员会");

        var ring = long_.Run(SealFacePart.RingText)!.Glyphs;
        ring.Count.ShouldBe(30);
        ring.ShouldAllBe(g => Math.Abs(Angle(long_, g)) <= 120);
        ring[0].X.ShouldBeLessThan(ring[^1].X);
        Angle(long_, ring[0]).ShouldBeLessThan(-100);
        ring[0].Width.ShouldBeLessThan(ordinary.Run(SealFacePart.RingText)!.Glyphs[0].Width * 0.6);

        // Neighbours never overlap: centres are further apart than a glyph is wide.
        for (var i = 1; i < ring.Count; i++)
        {
            Math.Sqrt(Math.Pow(ring[i].X - ring[i - 1].X, 2) + Math.Pow(ring[i].Y - ring[i - 1].Y, 2)).ShouldBeGreaterThan(ring[i].Width);
        }
    }

    [Fact]
    public void The_seal_code_runs_left_to_right_along_the_lower_arc_clear_of_the_name()
    {
        var layout = Round("新乡市恒泰商贸有限公司");

        var code = layout.Run(SealFacePart.SealCode)!;
        code.Text.ShouldBe("4107020000123");
        code.Glyphs.ShouldAllBe(g => g.Figure && g.Y > layout.Height * 0.8);
        code.Glyphs.Select(g => g.X).ShouldBeInOrder();
        layout.Run(SealFacePart.RingText)!.Glyphs.ShouldAllBe(g => Math.Abs(Angle(layout, g)) <= 120);
        code.Glyphs.ShouldAllBe(g => Math.Abs(Angle(layout, g)) >= 145);
    }

    [Fact]
    public void A_short_name_is_spread_over_the_upper_ring()
    {
        var layout = Round("红旗区教育局");

        var ring = layout.Run(SealFacePart.RingText)!.Glyphs;
        (Angle(layout, ring[^1]) - Angle(layout, ring[0])).ShouldBeGreaterThan(140);
        ring[0].Width.ShouldBe(ring[0].Height * 0.92, 0.001);
    }
}
