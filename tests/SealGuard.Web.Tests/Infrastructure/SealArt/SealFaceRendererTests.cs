using System.Xml.Linq;
using SealGuard.Core.Filings;
using SealGuard.Web.Infrastructure.Imaging;
using SealGuard.Web.Infrastructure.SealArt;
using SkiaSharp;

namespace SealGuard.Web.Tests.Infrastructure.SealArt;

public sealed class SealFaceRendererTests
{
    private const string Name = "新乡市恒泰商贸有限公司";
    private const string TaxNumber = "91410702MA44XXXX1K";
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static SealFace Round => SealFace.Compose(new SealSpecification("01", "01", "01", "R40", Name), null, "4107020000123", "410702");

    private static SealFace Contract => SealFace.Compose(new SealSpecification("04", "01", "01", "R38", Name + "合同专用章"), null, "4107020000124", "410702");

    private static SealFace Invoice => SealFace.Compose(new SealSpecification("03", "01", "02", "E4030", Name + "发票专用章"), TaxNumber, "4107020000125", "410702");

    private static SealFace NameSeal => SealFace.Compose(new SealSpecification("05", "04", "04", "S20", "王建国印"), null, "4107020000126", "410702");

    [Fact]
    public void The_svg_draws_every_character_as_a_glyph_path_and_needs_no_font()
    {
        var round = XElement.Parse(SealFaceRenderer.Svg(Round, "印模预览"));
        var invoice = XElement.Parse(SealFaceRenderer.Svg(Invoice, "印模预览"));

        round.Descendants(Svg + "text").ShouldBeEmpty();
        round.ToString().ShouldNotContain("font-family");
        Paths(round, "ring-text").Select(p => (string)p.Attribute("data-char")!).ShouldBe(SealFaceLayout.Characters(Name));
        Paths(round, "ring-text").ShouldAllBe(p => ((string)p.Attribute("d")!).Length > 20);
        string.Concat(Paths(round, "seal-code").Select(p => (string)p.Attribute("data-char")!)).ShouldBe("4107020000123");
        Part(round, "star").ShouldNotBeNull();

        Paths(invoice, "tax-number").Count().ShouldBe(18);
        Paths(invoice, "purpose").Count().ShouldBe(5);
        Paths(invoice, "ring-text").Count().ShouldBe(Name.Length);
        invoice.Descendants().Where(e => (string?)e.Attribute("data-part") == "star").ShouldBeEmpty();
    }

    [Fact]
    public void A_round_seal_has_its_star_in_the_middle_and_its_name_on_the_upper_ring()
    {
        using var round = Raster(Round, 300);
        using var nameSeal = Raster(NameSeal, 300);

        // The star's centre and its upper point; the name at 12 o'clock, the code at 6 o'clock, nothing in the corners.
        Ink(round, 0.5, 0.5).ShouldBeTrue();
        Ink(round, 0.5, 0.38).ShouldBeTrue();
        InkShare(round, 0.4, 0.05, 0.6, 0.2).ShouldBeGreaterThan(0.15);
        InkShare(round, 0.42, 0.82, 0.58, 0.92).ShouldBeGreaterThan(0.05);
        Ink(round, 0.02, 0.02).ShouldBeFalse();
        round.GetPixel(2, 2).Alpha.ShouldBe((byte)0);

        // A 名章 has no star: the middle, where the four characters' cells meet, is bare.
        InkShare(nameSeal, 0.46, 0.4, 0.54, 0.46).ShouldBeLessThan(0.1);
    }

    [Fact]
    public void A_name_seal_reads_right_column_first_top_to_bottom()
    {
        var glyphs = SealFaceLayout.Of(NameSeal).Run(SealFacePart.Text)!.Glyphs.ToDictionary(g => g.Text);

        glyphs["王"].X.ShouldBeGreaterThan(glyphs["国"].X);
        glyphs["王"].Y.ShouldBeLessThan(glyphs["建"].Y);
        glyphs["国"].Y.ShouldBeLessThan(glyphs["印"].Y);
        (glyphs["王"].X, glyphs["国"].Y).ShouldBe((glyphs["建"].X, glyphs["王"].Y));
    }

    [Theory]
    [InlineData("R40", 600, 945, 945)]
    [InlineData("R38", 400, 598, 598)]
    [InlineData("E4030", 600, 945, 709)]
    [InlineData("S20", 300, 236, 236)]
    public void The_imprint_is_the_spec_size_at_its_dpi(string spec, int dpi, int widthPx, int heightPx)
    {
        var face = spec[0] switch
        {
            'E' => Invoice,
            'S' => NameSeal,
            _ => SealFace.Compose(new SealSpecification("01", "01", "01", spec, Name), null, null, "410702"),
        };

        var png = SealFaceRenderer.Png(face, dpi);

        using var bitmap = SKBitmap.Decode(png);
        (bitmap.Width, bitmap.Height).ShouldBe((widthPx, heightPx));
        ImageResolutionReader.ReadPng(png).ShouldBe(new ImageResolution(dpi, dpi));
        (bitmap.Width * 25.4 / dpi).ShouldBe(face.WidthMm, 0.05);
    }

    [Fact]
    public void An_invoice_seal_is_an_oval_with_the_tax_number_across_the_middle()
    {
        using var invoice = Raster(Invoice, 400);

        var (left, top, right, bottom) = InkBounds(invoice);
        ((double)(right - left + 1) / (bottom - top + 1)).ShouldBe(40.0 / 30, 0.02);

        // The tax number fills a band across the middle, the star's place: 26 mm of the 40, 3.7 mm high.
        InkShare(invoice, 0.2, 0.47, 0.8, 0.53).ShouldBeGreaterThan(0.2);
        var tax = SealFaceLayout.Of(Invoice).Run(SealFacePart.TaxNumber)!.Glyphs;
        (tax[^1].X - tax[0].X + tax[0].Width).ShouldBe(26, 0.5);
        tax.ShouldAllBe(g => g.Height == 3.7 && g.Y == 15);
    }

    [Fact]
    public void A_contract_seal_carries_its_purpose_below_the_star()
    {
        var layout = SealFaceLayout.Of(Contract);

        layout.Run(SealFacePart.RingText)!.Text.ShouldBe(Name);
        var purpose = layout.Run(SealFacePart.Purpose)!;
        purpose.Text.ShouldBe("合同专用章");
        purpose.Glyphs.ShouldAllBe(g => g.Y > layout.Star.Max(p => p.Y));
        using var contract = Raster(Contract, 300);
        InkShare(contract, 0.35, 0.7, 0.65, 0.8).ShouldBeGreaterThan(0.1);
    }

    private static IEnumerable<XElement> Paths(XElement svg, string part) => Part(svg, part).Elements(Svg + "path");

    private static XElement Part(XElement svg, string part) => svg.Descendants().First(e => (string?)e.Attribute("data-part") == part);

    private static SKBitmap Raster(SealFace face, int dpi) => SKBitmap.Decode(SealFaceRenderer.Png(face, dpi));

    private static bool Ink(SKBitmap bitmap, double x, double y)
    {
        var pixel = bitmap.GetPixel((int)(x * (bitmap.Width - 1)), (int)(y * (bitmap.Height - 1)));
        return pixel.Alpha > 128 && pixel.Red > 150 && pixel.Green < 90;
    }

    private static double InkShare(SKBitmap bitmap, double x0, double y0, double x1, double y1)
    {
        int inked = 0, total = 0;
        for (var y = (int)(y0 * bitmap.Height); y < (int)(y1 * bitmap.Height); y++)
        {
            for (var x = (int)(x0 * bitmap.Width); x < (int)(x1 * bitmap.Width); x++)
            {
                total++;
                inked += bitmap.GetPixel(x, y).Alpha > 128 ? 1 : 0;
            }
        }

        return (double)inked / total;
    }

    private static (int Left, int Top, int Right, int Bottom) InkBounds(SKBitmap bitmap)
    {
        var (left, top, right, bottom) = (bitmap.Width, bitmap.Height, -1, -1);
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                if (bitmap.GetPixel(x, y).Alpha > 128)
                {
                    (left, top, right, bottom) = (Math.Min(left, x), Math.Min(top, y), Math.Max(right, x), Math.Max(bottom, y));
                }
            }
        }

        return (left, top, right, bottom);
    }
}
