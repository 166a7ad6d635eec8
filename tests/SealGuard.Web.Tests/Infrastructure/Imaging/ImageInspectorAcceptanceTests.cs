using BitMiracle.LibTiff.Classic;
using SealGuard.Web.Infrastructure.Imaging;
using SkiaSharp;

namespace SealGuard.Web.Tests.Infrastructure.Imaging;

public sealed class ImageInspectorAcceptanceTests
{
    private readonly ImageInspector _inspector = new();

    [Fact]
    public void Png_without_pHYs_is_accepted_with_its_size_and_no_dpi()
    {
        var png = TestImages.Png(40, 30);

        var image = _inspector.Inspect(png, "imprint.png", ImageLimits.Default).ShouldBeAccepted();

        image.Format.ShouldBe(ImageFormatKind.Png);
        image.WidthPx.ShouldBe(40);
        image.HeightPx.ShouldBe(30);
        image.DpiX.ShouldBeNull();
        image.DpiY.ShouldBeNull();
        image.ShouldHaveNormalizedPng(expectedDpi: null);
        image.ShouldHavePixels(TestImages.Pattern);
        image.ShouldHaveThumbnailWithin256();
    }

    [Fact]
    public void Png_with_pHYs_in_metres_reports_dpi_and_keeps_it_in_the_normalized_png()
    {
        var ppm = TestImages.PixelsPerMeter(600);
        var png = PngTestChunks.InsertAfterIhdr(TestImages.Png(50, 20), "pHYs", PngTestChunks.PhysData(ppm, ppm, 1));

        var image = _inspector.Inspect(png, "imprint.PNG", ImageLimits.Default).ShouldBeAccepted();

        image.DpiX.ShouldBe(600);
        image.DpiY.ShouldBe(600);
        image.ShouldHaveNormalizedPng(expectedDpi: 600);
    }

    [Fact]
    public void Png_with_transparency_keeps_alpha_and_colour_exactly()
    {
        static SKColor Translucent(int x, int y) => new((byte)(x * 20), 100, (byte)(y * 20), (byte)((x * 25) + 5));
        using var bitmap = new SKBitmap(new SKImageInfo(10, 10, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        for (var y = 0; y < 10; y++)
        {
            for (var x = 0; x < 10; x++)
            {
                bitmap.SetPixel(x, y, Translucent(x, y));
            }
        }

        var png = TestImages.Encode(bitmap, SKEncodedImageFormat.Png);

        var image = _inspector.Inspect(png, null, ImageLimits.Default).ShouldBeAccepted();

        using var decoded = SKBitmap.Decode(image.NormalizedPng, new SKImageInfo(10, 10, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        decoded.GetPixel(3, 7).ShouldBe(Translucent(3, 7));
        decoded.GetPixel(9, 0).ShouldBe(Translucent(9, 0));
    }

    [Theory]
    [InlineData(SKEncodedImageFormat.Png)]
    [InlineData(SKEncodedImageFormat.Jpeg)]
    public void Grey_images_stay_grey_and_get_a_thumbnail(SKEncodedImageFormat format)
    {
        static byte Level(int x, int y) => (byte)((x + y) % 256);
        using var grey = new SKBitmap(new SKImageInfo(600, 300, SKColorType.Gray8, SKAlphaType.Opaque));
        var pixels = grey.GetPixelSpan();
        for (var y = 0; y < 300; y++)
        {
            for (var x = 0; x < 600; x++)
            {
                pixels[(y * grey.RowBytes) + x] = Level(x, y);
            }
        }

        var bytes = TestImages.Encode(grey, format);

        var image = _inspector.Inspect(bytes, null, ImageLimits.Default).ShouldBeAccepted();

        // IHDR colour type 0 = greyscale: the normalized copy is not blown up to RGBA.
        image.NormalizedPng[8 + 8 + 9].ShouldBe((byte)0);
        if (format == SKEncodedImageFormat.Png)
        {
            image.ShouldHavePixels((x, y) => new SKColor(Level(x, y), Level(x, y), Level(x, y)));
        }

        using var thumbnail = TestImages.DecodePng(image.ThumbnailPng);
        (thumbnail.Width, thumbnail.Height).ShouldBe((256, 128));
    }

    [Fact]
    public void Jpeg_with_jfif_density_in_dpi_is_accepted()
    {
        var jpeg = JpegTestSegments.WithAppSegments(
            TestImages.Jpeg(64, 48), (0xE0, JpegTestSegments.JfifPayload(1, 300, 300)));

        var image = _inspector.Inspect(jpeg, "scan.jpg", ImageLimits.Default).ShouldBeAccepted();

        image.Format.ShouldBe(ImageFormatKind.Jpeg);
        image.WidthPx.ShouldBe(64);
        image.HeightPx.ShouldBe(48);
        image.DpiX.ShouldBe(300);
        image.DpiY.ShouldBe(300);
        image.ShouldHaveNormalizedPng(expectedDpi: 300);
        image.ShouldHaveThumbnailWithin256();
    }

    [Fact]
    public void Jpeg_with_jfif_density_in_dots_per_centimetre_is_converted_to_dpi()
    {
        var jpeg = JpegTestSegments.WithAppSegments(
            TestImages.Jpeg(16, 16), (0xE0, JpegTestSegments.JfifPayload(2, 236, 118)));

        var image = _inspector.Inspect(jpeg, "scan.JPEG", ImageLimits.Default).ShouldBeAccepted();

        image.DpiX.ShouldBe(599.44);
        image.DpiY.ShouldBe(299.72);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Jpeg_without_jfif_density_falls_back_to_exif_resolution(bool bigEndian)
    {
        var exif = TiffTestStructure.Build(
            bigEndian,
            TiffTestField.Rational(TiffTestStructure.XResolution, 600, 1),
            TiffTestField.Rational(TiffTestStructure.YResolution, 1200, 2),
            TiffTestField.Short(TiffTestStructure.ResolutionUnit, 2));
        var jpeg = JpegTestSegments.WithAppSegments(
            TestImages.Jpeg(32, 24),
            (0xE0, JpegTestSegments.JfifPayload(0, 1, 1)),
            (0xE1, JpegTestSegments.ExifPayload(exif)));

        var image = _inspector.Inspect(jpeg, "scan.jpg", ImageLimits.Default).ShouldBeAccepted();

        image.DpiX.ShouldBe(600);
        image.DpiY.ShouldBe(600);
        image.ShouldHaveNormalizedPng(expectedDpi: 600);
    }

    [Fact]
    public void Jpeg_with_no_resolution_at_all_has_null_dpi()
    {
        var jpeg = JpegTestSegments.WithAppSegments(TestImages.Jpeg(8, 8));

        var image = _inspector.Inspect(jpeg, null, ImageLimits.Default).ShouldBeAccepted();

        image.DpiX.ShouldBeNull();
        image.DpiY.ShouldBeNull();
        image.ShouldHaveNormalizedPng(expectedDpi: null);
    }

    [Fact]
    public void Bmp_24_bit_is_accepted_with_pixels_and_dpi_from_pels_per_metre()
    {
        var bmp = BmpTestWriter.Write24(37, 21, TestImages.Pattern, 23622, 11811);

        var image = _inspector.Inspect(bmp, "imprint.bmp", ImageLimits.Default).ShouldBeAccepted();

        image.Format.ShouldBe(ImageFormatKind.Bmp);
        image.WidthPx.ShouldBe(37);
        image.HeightPx.ShouldBe(21);
        image.DpiX.ShouldBe(600);
        image.DpiY.ShouldBe(300);
        image.ShouldHavePixels(TestImages.Pattern);
        image.ShouldHaveThumbnailWithin256();

        // pHYs carries both axes as stored.
        var phys = PngTestChunks.Find(image.NormalizedPng, "pHYs");
        phys.ShouldNotBeNull();
        phys.AsSpan(0, 8).ToArray().ShouldBe(PngTestChunks.PhysData(23622, 11811, 1).AsSpan(0, 8).ToArray());
    }

    [Fact]
    public void Bmp_with_zero_pels_per_metre_has_unknown_dpi()
    {
        var bmp = BmpTestWriter.Write24(5, 5, TestImages.Pattern, 0, 0);

        var image = _inspector.Inspect(bmp, "imprint.bmp", ImageLimits.Default).ShouldBeAccepted();

        image.DpiX.ShouldBeNull();
        image.DpiY.ShouldBeNull();
        image.ShouldHaveNormalizedPng(expectedDpi: null);
    }

    [Fact]
    public void Tiff_uncompressed_rgb_at_600_dpi_is_accepted_with_pixels_in_order()
    {
        var tiff = TiffTestWriter.Write(30, 20, TestImages.Pattern);

        var image = _inspector.Inspect(tiff, "filing.tif", ImageLimits.Default).ShouldBeAccepted();

        image.Format.ShouldBe(ImageFormatKind.Tiff);
        image.WidthPx.ShouldBe(30);
        image.HeightPx.ShouldBe(20);
        image.DpiX.ShouldBe(600);
        image.DpiY.ShouldBe(600);
        image.ShouldHaveNormalizedPng(expectedDpi: 600);
        image.ShouldHavePixels(TestImages.Pattern);
        image.ShouldHaveThumbnailWithin256();
    }

    [Fact]
    public void Tiff_rows_come_out_top_down_although_libtiff_rasters_are_bottom_up()
    {
        var tiff = TiffTestWriter.Write(8, 6, TestImages.RedTopRow);

        var image = _inspector.Inspect(tiff, "filing.tiff", ImageLimits.Default).ShouldBeAccepted();

        using var decoded = TestImages.DecodePng(image.NormalizedPng);
        decoded.GetPixel(0, 0).ShouldBe(new SKColor(255, 0, 0));
        decoded.GetPixel(7, 5).ShouldBe(new SKColor(0, 0, 255));
    }

    [Theory]
    [InlineData(Compression.LZW, false)]
    [InlineData(Compression.LZW, true)]
    [InlineData(Compression.PACKBITS, false)]
    [InlineData(Compression.ADOBE_DEFLATE, false)]
    [InlineData(Compression.DEFLATE, true)]
    public void Tiff_compressed_rgb_decodes_losslessly(Compression compression, bool bigEndian)
    {
        var tiff = TiffTestWriter.Write(45, 33, TestImages.Pattern, compression: compression, bigEndian: bigEndian);

        var image = _inspector.Inspect(tiff, "filing.TIF", ImageLimits.Default).ShouldBeAccepted();

        image.WidthPx.ShouldBe(45);
        image.HeightPx.ShouldBe(33);
        image.DpiX.ShouldBe(600);
        image.ShouldHavePixels(TestImages.Pattern);
    }

    [Fact]
    public void Tiff_8_bit_grey_lzw_decodes_to_grey_pixels()
    {
        static SKColor Grey(int x, int y) => new((byte)(x * 9), (byte)(x * 9), (byte)(x * 9));
        var tiff = TiffTestWriter.Write(20, 10, Grey, TiffTestLayout.Gray, Compression.LZW);

        var image = _inspector.Inspect(tiff, "filing.tif", ImageLimits.Default).ShouldBeAccepted();

        image.ShouldHavePixels(Grey);
    }

    [Fact]
    public void Tiff_ccitt_g4_bilevel_decodes_to_black_and_white()
    {
        // A black square in the middle of a white page, like an imprint on a scanned sheet.
        static SKColor Page(int x, int y) =>
            x is >= 10 and < 30 && y is >= 5 and < 15 ? SKColors.Black : SKColors.White;
        var tiff = TiffTestWriter.Write(40, 20, Page, TiffTestLayout.Bilevel, Compression.CCITTFAX4);

        var image = _inspector.Inspect(tiff, "fax.tif", ImageLimits.Default).ShouldBeAccepted();

        image.WidthPx.ShouldBe(40);
        image.HeightPx.ShouldBe(20);
        image.ShouldHavePixels(Page);
    }

    [Fact]
    public void Tiff_resolution_in_centimetres_is_converted_to_dpi()
    {
        var tiff = TiffTestWriter.Write(4, 4, TestImages.Pattern, xResolution: 118.11f, yResolution: 236.22f, unit: ResUnit.CENTIMETER);

        var image = _inspector.Inspect(tiff, null, ImageLimits.Default).ShouldBeAccepted();

        image.DpiX.ShouldBe(300);
        image.DpiY.ShouldBe(600);
    }

    [Fact]
    public void Tiff_without_resolution_unit_is_read_as_inches()
    {
        var tiff = TiffTestWriter.Write(4, 4, TestImages.Pattern, xResolution: 400, yResolution: 400, unit: null);

        var image = _inspector.Inspect(tiff, null, ImageLimits.Default).ShouldBeAccepted();

        image.DpiX.ShouldBe(400);
        image.DpiY.ShouldBe(400);
    }

    [Fact]
    public void Tiff_without_resolution_has_unknown_dpi()
    {
        var tiff = TiffTestWriter.Write(4, 4, TestImages.Pattern, xResolution: null, yResolution: null, unit: null);

        var image = _inspector.Inspect(tiff, null, ImageLimits.Default).ShouldBeAccepted();

        image.DpiX.ShouldBeNull();
        image.DpiY.ShouldBeNull();
        image.ShouldHaveNormalizedPng(expectedDpi: null);
    }

    [Theory]
    [InlineData(1000, 500, 256, 128)]
    [InlineData(300, 1200, 64, 256)]
    [InlineData(2000, 3, 256, 1)]
    [InlineData(100, 50, 100, 50)]
    [InlineData(256, 256, 256, 256)]
    public void Thumbnail_fits_256_pixels_keeping_aspect_and_never_upscales(int width, int height, int thumbWidth, int thumbHeight)
    {
        var png = TestImages.Png(width, height);

        var image = _inspector.Inspect(png, null, ImageLimits.Default).ShouldBeAccepted();

        using var thumbnail = TestImages.DecodePng(image.ThumbnailPng);
        thumbnail.Width.ShouldBe(thumbWidth);
        thumbnail.Height.ShouldBe(thumbHeight);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("upload")]
    [InlineData("upload.dat")]
    [InlineData("IMPRINT.Png")]
    public void File_names_that_name_no_other_format_are_accepted(string? fileName)
    {
        var png = TestImages.Png(4, 4);

        _inspector.Inspect(png, fileName, ImageLimits.Default).ShouldBeAccepted();
    }

    [Fact]
    public void Pixel_count_exactly_at_the_limit_is_accepted()
    {
        var png = TestImages.Png(100, 100);

        _inspector.Inspect(png, null, new ImageLimits(1_000_000, 10_000)).ShouldBeAccepted();
    }

    [Fact]
    public void Default_limits_are_10_megabytes_and_40_megapixels()
    {
        ImageLimits.Default.MaxBytes.ShouldBe(10 * 1024 * 1024);
        ImageLimits.Default.MaxPixels.ShouldBe(40_000_000);
    }
}
