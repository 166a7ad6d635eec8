using SealGuard.Web.Infrastructure.Imaging;

namespace SealGuard.Web.Tests.Infrastructure.Imaging;

public sealed class ImageResolutionReaderTests
{
    [Theory]
    [InlineData(23622u, 600.0)]
    [InlineData(11811u, 300.0)]
    [InlineData(2835u, 72.01)] // 72 dpi does not survive whole pixels per metre exactly; 2 decimals show it
    [InlineData(3780u, 96.01)]
    public void Png_pHYs_in_metres_converts_to_dpi_rounded_to_two_decimals(uint pixelsPerMeter, double dpi)
    {
        var png = PngTestChunks.InsertAfterIhdr(TestImages.Png(2, 2), "pHYs", PngTestChunks.PhysData(pixelsPerMeter, pixelsPerMeter, 1));

        ImageResolutionReader.ReadPng(png).ShouldBe(new ImageResolution(dpi, dpi));
    }

    [Fact]
    public void Png_pHYs_with_unknown_unit_is_only_an_aspect_ratio()
    {
        var png = PngTestChunks.InsertAfterIhdr(TestImages.Png(2, 2), "pHYs", PngTestChunks.PhysData(1, 2, 0));

        ImageResolutionReader.ReadPng(png).ShouldBe(ImageResolution.Unknown);
    }

    [Fact]
    public void Png_without_pHYs_has_unknown_resolution()
    {
        ImageResolutionReader.ReadPng(TestImages.Png(2, 2)).ShouldBe(ImageResolution.Unknown);
    }

    [Fact]
    public void Png_axes_are_read_separately()
    {
        var png = PngTestChunks.InsertAfterIhdr(TestImages.Png(2, 2), "pHYs", PngTestChunks.PhysData(23622, 0, 1));

        ImageResolutionReader.ReadPng(png).ShouldBe(new ImageResolution(600, null));
    }

    [Theory]
    [InlineData(1, 300, 200, 300.0, 200.0)]
    [InlineData(2, 118, 236, 299.72, 599.44)]
    public void Jpeg_jfif_density_with_an_absolute_unit_is_used(byte units, ushort x, ushort y, double dpiX, double dpiY)
    {
        var jpeg = JpegTestSegments.HeaderOnly((0xE0, JpegTestSegments.JfifPayload(units, x, y)));

        ImageResolutionReader.ReadJpeg(jpeg).ShouldBe(new ImageResolution(dpiX, dpiY));
    }

    [Fact]
    public void Jpeg_jfif_aspect_only_density_without_exif_is_unknown()
    {
        var jpeg = JpegTestSegments.HeaderOnly((0xE0, JpegTestSegments.JfifPayload(0, 1, 1)));

        ImageResolutionReader.ReadJpeg(jpeg).ShouldBe(ImageResolution.Unknown);
    }

    [Fact]
    public void Jpeg_jfif_density_wins_over_exif()
    {
        var exif = TiffTestStructure.Build(
            false,
            TiffTestField.Rational(TiffTestStructure.XResolution, 72, 1),
            TiffTestField.Rational(TiffTestStructure.YResolution, 72, 1));
        var jpeg = JpegTestSegments.HeaderOnly(
            (0xE0, JpegTestSegments.JfifPayload(1, 600, 600)),
            (0xE1, JpegTestSegments.ExifPayload(exif)));

        ImageResolutionReader.ReadJpeg(jpeg).ShouldBe(new ImageResolution(600, 600));
    }

    [Theory]
    [InlineData(false, (ushort)2, 600.0, 300.0)]
    [InlineData(true, (ushort)2, 600.0, 300.0)]
    [InlineData(false, (ushort)3, 1524.0, 762.0)]
    [InlineData(true, (ushort)3, 1524.0, 762.0)]
    public void Jpeg_exif_resolution_is_read_in_both_byte_orders(bool bigEndian, ushort unit, double dpiX, double dpiY)
    {
        var exif = TiffTestStructure.Build(
            bigEndian,
            TiffTestField.Rational(TiffTestStructure.XResolution, 600, 1),
            TiffTestField.Rational(TiffTestStructure.YResolution, 600, 2),
            TiffTestField.Short(TiffTestStructure.ResolutionUnit, unit));
        var jpeg = JpegTestSegments.HeaderOnly(
            (0xE0, JpegTestSegments.JfifPayload(0, 1, 1)),
            (0xE1, JpegTestSegments.ExifPayload(exif)));

        ImageResolutionReader.ReadJpeg(jpeg).ShouldBe(new ImageResolution(dpiX, dpiY));
    }

    [Fact]
    public void Jpeg_exif_without_unit_means_inches_and_unit_1_means_none()
    {
        var noUnit = TiffTestStructure.Build(
            true,
            TiffTestField.Rational(TiffTestStructure.XResolution, 350, 1),
            TiffTestField.Rational(TiffTestStructure.YResolution, 350, 1));
        var unitNone = TiffTestStructure.Build(
            true,
            TiffTestField.Rational(TiffTestStructure.XResolution, 350, 1),
            TiffTestField.Rational(TiffTestStructure.YResolution, 350, 1),
            TiffTestField.Short(TiffTestStructure.ResolutionUnit, 1));

        ImageResolutionReader.ReadJpeg(JpegTestSegments.HeaderOnly((0xE1, JpegTestSegments.ExifPayload(noUnit))))
            .ShouldBe(new ImageResolution(350, 350));
        ImageResolutionReader.ReadJpeg(JpegTestSegments.HeaderOnly((0xE1, JpegTestSegments.ExifPayload(unitNone))))
            .ShouldBe(ImageResolution.Unknown);
    }

    [Fact]
    public void Jpeg_exif_with_out_of_range_offsets_is_ignored_not_thrown()
    {
        var exif = TiffTestStructure.Build(false, TiffTestField.Rational(TiffTestStructure.XResolution, 600, 1));
        exif[18] = 0xFF; // the rational's offset now points far outside the segment
        exif[19] = 0xFF;

        ImageResolutionReader.ReadJpeg(JpegTestSegments.HeaderOnly((0xE1, JpegTestSegments.ExifPayload(exif))))
            .ShouldBe(ImageResolution.Unknown);
    }

    [Fact]
    public void Jpeg_header_with_fill_bytes_before_a_marker_is_still_read()
    {
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xFF, 0xFF, .. JpegTestSegments.Segment(0xE0, JpegTestSegments.JfifPayload(1, 200, 200)), 0xFF, 0xD9];

        ImageResolutionReader.ReadJpeg(jpeg).ShouldBe(new ImageResolution(200, 200));
    }

    [Theory]
    [InlineData(23622, 11811, 600.0, 300.0)]
    [InlineData(0, 0, null, null)]
    [InlineData(3937, 0, 100.0, null)]
    [InlineData(-5, 3937, null, 100.0)]
    public void Bmp_pels_per_metre_convert_to_dpi(int x, int y, double? dpiX, double? dpiY)
    {
        var bmp = BmpTestWriter.Write24(1, 1, TestImages.Pattern, x, y);

        ImageResolutionReader.ReadBmp(bmp).ShouldBe(new ImageResolution(dpiX, dpiY));
    }

    [Theory]
    [InlineData(false, (ushort)2, 600.0)]
    [InlineData(true, (ushort)2, 600.0)]
    [InlineData(false, (ushort)3, 1524.0)]
    public void Tiff_resolution_and_unit_are_read(bool bigEndian, ushort unit, double dpi)
    {
        var tiff = TiffTestStructure.Build(
            bigEndian,
            TiffTestField.Long(TiffTestStructure.ImageWidth, 10),
            TiffTestField.Long(TiffTestStructure.ImageLength, 10),
            TiffTestField.Rational(TiffTestStructure.XResolution, 1200, 2),
            TiffTestField.Rational(TiffTestStructure.YResolution, 600, 1),
            TiffTestField.Short(TiffTestStructure.ResolutionUnit, unit));

        ImageResolutionReader.ReadTiff(tiff).ShouldBe(new ImageResolution(dpi, dpi));
    }

    [Fact]
    public void Tiff_without_resolution_unit_defaults_to_inches()
    {
        var tiff = TiffTestStructure.Build(
            false,
            TiffTestField.Rational(TiffTestStructure.XResolution, 600, 1),
            TiffTestField.Rational(TiffTestStructure.YResolution, 600, 1));

        ImageResolutionReader.ReadTiff(tiff).ShouldBe(new ImageResolution(600, 600));
    }

    [Fact]
    public void Tiff_with_zero_denominator_has_unknown_axis()
    {
        var tiff = TiffTestStructure.Build(
            false,
            TiffTestField.Rational(TiffTestStructure.XResolution, 600, 0),
            TiffTestField.Rational(TiffTestStructure.YResolution, 600, 1));

        ImageResolutionReader.ReadTiff(tiff).ShouldBe(new ImageResolution(null, 600));
    }

    [Fact]
    public void Read_dispatches_on_the_format()
    {
        var bmp = BmpTestWriter.Write24(1, 1, TestImages.Pattern, 23622, 23622);

        ImageResolutionReader.Read(bmp, ImageFormatKind.Bmp).ShouldBe(new ImageResolution(600, 600));
    }
}
