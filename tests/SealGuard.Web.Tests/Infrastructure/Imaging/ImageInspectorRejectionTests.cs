using System.Buffers.Binary;
using BitMiracle.LibTiff.Classic;
using SealGuard.Web.Infrastructure.Imaging;

namespace SealGuard.Web.Tests.Infrastructure.Imaging;

public sealed class ImageInspectorRejectionTests
{
    private const int HugeSide = 50_000;

    private readonly ImageInspector _inspector = new();

    [Fact]
    public void Empty_input_is_rejected()
    {
        var rejection = _inspector.Inspect([], "imprint.png", ImageLimits.Default).ShouldBeRejected(ImageRejectionCodes.Empty);

        rejection.Code.ShouldBe("Image.Empty");
    }

    [Fact]
    public void Random_bytes_are_an_unsupported_format()
    {
        var bytes = new byte[4096];
        new Random(1234).NextBytes(bytes);
        bytes[0] = 0x00; // make sure no signature starts the data by chance

        var rejection = _inspector.Inspect(bytes, "imprint.png", ImageLimits.Default)
            .ShouldBeRejected(ImageRejectionCodes.UnsupportedFormat);

        rejection.Code.ShouldBe("Image.UnsupportedFormat");
    }

    [Theory]
    [InlineData("GIF89a")]
    [InlineData("%PDF-1.7")]
    [InlineData("<svg xmlns=")]
    [InlineData("B")]
    public void Other_formats_are_unsupported(string start)
    {
        byte[] bytes = [.. System.Text.Encoding.ASCII.GetBytes(start), .. new byte[64]];

        _inspector.Inspect(bytes, null, ImageLimits.Default).ShouldBeRejected(ImageRejectionCodes.UnsupportedFormat);
    }

    [Fact]
    public void Jpeg_bytes_named_png_are_a_format_mismatch()
    {
        var jpeg = TestImages.Jpeg(8, 8);

        var rejection = _inspector.Inspect(jpeg, "x.png", ImageLimits.Default)
            .ShouldBeRejected(ImageRejectionCodes.FormatMismatch);

        rejection.Code.ShouldBe("Image.FormatMismatch");
        rejection.Message.ShouldContain("JPEG");
    }

    [Theory]
    [InlineData("x.jpg")]
    [InlineData("x.JPEG")]
    [InlineData("x.bmp")]
    [InlineData("scan.tif")]
    [InlineData("scan.Tiff")]
    public void Png_bytes_named_as_another_format_are_a_format_mismatch(string fileName)
    {
        _inspector.Inspect(TestImages.Png(4, 4), fileName, ImageLimits.Default)
            .ShouldBeRejected(ImageRejectionCodes.FormatMismatch);
    }

    [Fact]
    public void Input_over_max_bytes_is_too_large_with_a_chinese_message()
    {
        // A PNG signature and header padded past 10 MB: refused on size before any decoding.
        var png = TestImages.Png(4, 4);
        var bytes = new byte[(10 * 1024 * 1024) + 1];
        png.CopyTo(bytes, 0);

        var rejection = _inspector.Inspect(bytes, "big.png", ImageLimits.Default).ShouldBeRejected(ImageRejectionCodes.TooLarge);

        rejection.Code.ShouldBe("Image.TooLarge");
        rejection.Message.ShouldBe("图片超过 10 MB 的大小限制");
    }

    [Fact]
    public void Input_of_exactly_max_bytes_is_not_too_large()
    {
        var png = TestImages.Png(4, 4);

        _inspector.Inspect(png, null, new ImageLimits(png.Length, 100)).ShouldBeAccepted();
        _inspector.Inspect(png, null, new ImageLimits(png.Length - 1, 100)).ShouldBeRejected(ImageRejectionCodes.TooLarge);
    }

    [Theory]
    [InlineData(ImageFormatKind.Png)]
    [InlineData(ImageFormatKind.Jpeg)]
    [InlineData(ImageFormatKind.Bmp)]
    [InlineData(ImageFormatKind.Tiff)]
    public void Header_claiming_50000_by_50000_pixels_is_rejected_before_allocating_pixels(ImageFormatKind format)
    {
        var bytes = HugeHeader(format);
        _ = _inspector.Inspect(TestImages.Png(2, 2), null, ImageLimits.Default); // warm up one-time allocations

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = _inspector.Inspect(bytes, null, ImageLimits.Default);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var rejection = result.ShouldBeRejected(ImageRejectionCodes.TooManyPixels);
        rejection.Message.ShouldContain("50000×50000");

        // 2.5 gigapixels would need gigabytes; a header check allocates next to nothing.
        allocated.ShouldBeLessThan(64 * 1024);
    }

    /// <summary>
    /// 6324 × 6324 is under the 40-megapixel cap, but decoding it took ~360 MB and 4 s: the decode budget refuses it
    /// from the header, before LibTiff allocates its raster.
    /// </summary>
    [Fact]
    public void A_tiny_tiff_declaring_6324_by_6324_pixels_is_refused_for_its_decode_memory_before_decoding()
    {
        var tiff = TiffTestWriter.BlankPage(6324, 6324);
        tiff.Length.ShouldBeLessThan(64 * 1024);
        ((long)6324 * 6324).ShouldBeLessThan(ImageLimits.Default.MaxPixels);
        _ = _inspector.Inspect(TiffTestWriter.BlankPage(8, 8), "warm.tif", ImageLimits.Default);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = _inspector.Inspect(tiff, "scan.tif", ImageLimits.Default);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        result.ShouldBeRejected(ImageRejectionCodes.DecodeTooLarge).Message.ShouldContain("6324×6324");
        allocated.ShouldBeLessThan(64 * 1024);
    }

    [Theory]
    [InlineData(ImageFormatKind.Tiff, 8)]
    [InlineData(ImageFormatKind.Png, 4)]
    [InlineData(ImageFormatKind.Jpeg, 4)]
    public void The_decode_budget_counts_the_bytes_each_decoder_holds_per_pixel(ImageFormatKind format, int bytesPerPixel)
    {
        var image = format switch
        {
            ImageFormatKind.Tiff => TiffTestWriter.Write(100, 50, TestImages.Pattern),
            ImageFormatKind.Png => TestImages.Png(100, 50),
            _ => TestImages.Jpeg(100, 50),
        };
        var exact = 100 * 50 * bytesPerPixel;

        _inspector.Inspect(image, null, new ImageLimits(1_000_000, 10_000, exact)).ShouldBeAccepted();
        _inspector.Inspect(image, null, new ImageLimits(1_000_000, 10_000, exact - 1)).ShouldBeRejected(ImageRejectionCodes.DecodeTooLarge);
    }

    [Fact]
    public void One_pixel_over_the_limit_is_too_many()
    {
        _inspector.Inspect(TestImages.Png(100, 100), null, new ImageLimits(1_000_000, 9_999))
            .ShouldBeRejected(ImageRejectionCodes.TooManyPixels);
    }

    [Fact]
    public void Png_truncated_in_the_middle_of_its_pixel_data_is_corrupt()
    {
        using var noise = TestImages.NoiseBitmap(200, 200, seed: 7);
        var png = TestImages.Encode(noise, SkiaSharp.SKEncodedImageFormat.Png);
        var (idatOffset, idatLength) = PngTestChunks.FindIdat(png);
        var truncated = png.AsSpan(0, idatOffset + (idatLength / 2)).ToArray();

        _inspector.Inspect(truncated, "imprint.png", ImageLimits.Default).ShouldBeRejected(ImageRejectionCodes.Corrupt);
    }

    [Fact]
    public void Png_with_damaged_compressed_data_is_corrupt()
    {
        using var noise = TestImages.NoiseBitmap(64, 64, seed: 8);
        var png = TestImages.Encode(noise, SkiaSharp.SKEncodedImageFormat.Png);
        var (idatOffset, idatLength) = PngTestChunks.FindIdat(png);
        png.AsSpan(idatOffset + (idatLength / 3), 64).Fill(0xFF);

        _inspector.Inspect(png, null, ImageLimits.Default).ShouldBeRejected(ImageRejectionCodes.Corrupt);
    }

    [Fact]
    public void Jpeg_truncated_in_its_scan_data_is_corrupt()
    {
        using var noise = TestImages.NoiseBitmap(200, 200, seed: 9);
        var jpeg = TestImages.Encode(noise, SkiaSharp.SKEncodedImageFormat.Jpeg);

        _inspector.Inspect(jpeg.AsSpan(0, jpeg.Length / 2), null, ImageLimits.Default)
            .ShouldBeRejected(ImageRejectionCodes.Corrupt);
    }

    [Fact]
    public void Bmp_truncated_in_its_pixel_data_is_corrupt()
    {
        var bmp = BmpTestWriter.Write24(100, 100, TestImages.Pattern, 0, 0);

        _inspector.Inspect(bmp.AsSpan(0, bmp.Length / 2), null, ImageLimits.Default)
            .ShouldBeRejected(ImageRejectionCodes.Corrupt);
    }

    [Fact]
    public void Tiff_cut_short_before_its_directory_is_corrupt()
    {
        // LibTiff writes the IFD after the strips, so half a file has none.
        var tiff = TiffTestWriter.Write(100, 100, TestImages.Pattern, compression: Compression.LZW);

        _inspector.Inspect(tiff.AsSpan(0, tiff.Length / 2), null, ImageLimits.Default)
            .ShouldBeRejected(ImageRejectionCodes.Corrupt);
    }

    [Fact]
    public void Tiff_whose_last_strip_lies_past_the_end_of_the_file_is_corrupt_not_a_partial_image()
    {
        var tiff = TiffTestStructure.WithLastStripBeyondEnd(
            TiffTestWriter.Write(64, 64, TestImages.Pattern, compression: Compression.LZW));

        _inspector.Inspect(tiff, "scan.tif", ImageLimits.Default).ShouldBeRejected(ImageRejectionCodes.Corrupt);
    }

    [Theory]
    [InlineData(Compression.LZW)]
    [InlineData(Compression.ADOBE_DEFLATE)]
    [InlineData(Compression.PACKBITS)]
    public void Tiff_with_garbled_strip_data_is_corrupt(Compression compression)
    {
        using var noise = TestImages.NoiseBitmap(64, 64, seed: 11);
        var tiff = TiffTestWriter.Write(64, 64, (x, y) => noise.GetPixel(x, y), compression: compression);

        // Strips start right after the 8-byte header; the IFD sits at the end and stays intact.
        tiff.AsSpan(tiff.Length / 4, tiff.Length / 4).Fill(0xFF);

        _inspector.Inspect(tiff, null, ImageLimits.Default).ShouldBeRejected(ImageRejectionCodes.Corrupt);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H' })]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xD9 })]
    [InlineData(new byte[] { (byte)'B', (byte)'M', 0, 0, 0, 0, 0, 0, 0, 0, 54, 0, 0, 0, 40, 0, 0, 0 })]
    [InlineData(new byte[] { (byte)'I', (byte)'I', 42, 0, 8, 0, 0, 0, 0, 0 })]
    [InlineData(new byte[] { (byte)'M', (byte)'M', 0, 42, 0xFF, 0xFF, 0xFF, 0xFF })]
    public void Signature_followed_by_a_broken_header_is_corrupt(byte[] bytes)
    {
        _inspector.Inspect(bytes, null, ImageLimits.Default).ShouldBeRejected(ImageRejectionCodes.Corrupt);
    }

    [Fact]
    public void Png_with_zero_width_is_corrupt()
    {
        var png = TestImages.Png(4, 4);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(16), 0);

        _inspector.Inspect(png, null, ImageLimits.Default).ShouldBeRejected(ImageRejectionCodes.Corrupt);
    }

    [Fact]
    public void Header_dimensions_that_disagree_with_the_decoder_are_corrupt()
    {
        // A BMP header saying 50 x 50 over 10 x 10 worth of pixels.
        var bmp = BmpTestWriter.Write24(10, 10, TestImages.Pattern, 0, 0);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(18), 50);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(22), 50);

        _inspector.Inspect(bmp, null, ImageLimits.Default).ShouldBeRejected(ImageRejectionCodes.Corrupt);
    }

    private static byte[] HugeHeader(ImageFormatKind format) => format switch
    {
        ImageFormatKind.Png => HugePng(),
        ImageFormatKind.Jpeg => JpegTestSegments.HeaderOnly((0xC0, [8, 0xC3, 0x50, 0xC3, 0x50, 1, 1, 0x11, 0])), // SOF0: 50000 x 50000, one component
        ImageFormatKind.Bmp => HugeBmp(),
        _ => TiffTestStructure.Build(
            bigEndian: false,
            TiffTestField.Long(TiffTestStructure.ImageWidth, HugeSide),
            TiffTestField.Long(TiffTestStructure.ImageLength, HugeSide)),
    };

    private static byte[] HugePng()
    {
        var ihdr = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(ihdr, HugeSide);
        BinaryPrimitives.WriteUInt32BigEndian(ihdr.AsSpan(4), HugeSide);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 2; // RGB
        return
        [
            0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A,
            .. PngTestChunks.BuildChunk("IHDR", ihdr),
            .. PngTestChunks.BuildChunk("IDAT", [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]),
            .. PngTestChunks.BuildChunk("IEND", []),
        ];
    }

    private static byte[] HugeBmp()
    {
        var bmp = BmpTestWriter.Write24(1, 1, TestImages.Pattern, 0, 0);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(18), HugeSide);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(22), HugeSide);
        return bmp;
    }
}
