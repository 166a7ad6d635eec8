using System.Buffers.Binary;
using SealGuard.Web.Infrastructure.Imaging;

namespace SealGuard.Web.Tests.Infrastructure.Imaging;

public sealed class ImageHeaderReaderTests
{
    [Fact]
    public void Png_size_comes_from_IHDR()
    {
        ImageHeaderReader.TryReadDimensions(TestImages.Png(123, 45), ImageFormatKind.Png, out var width, out var height).ShouldBeTrue();

        (width, height).ShouldBe((123, 45));
    }

    [Fact]
    public void Jpeg_size_comes_from_the_start_of_frame_after_app_segments()
    {
        var jpeg = JpegTestSegments.WithAppSegments(
            TestImages.Jpeg(77, 33), (0xE0, JpegTestSegments.JfifPayload(1, 300, 300)), (0xE1, new byte[100]));

        ImageHeaderReader.TryReadDimensions(jpeg, ImageFormatKind.Jpeg, out var width, out var height).ShouldBeTrue();

        (width, height).ShouldBe((77, 33));
    }

    [Fact]
    public void Bmp_top_down_negative_height_gives_its_magnitude()
    {
        var bmp = BmpTestWriter.Write24(7, 9, TestImages.Pattern, 0, 0);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(22), -9);

        ImageHeaderReader.TryReadDimensions(bmp, ImageFormatKind.Bmp, out var width, out var height).ShouldBeTrue();

        (width, height).ShouldBe((7, 9));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Tiff_size_is_read_from_short_or_long_tags_in_both_byte_orders(bool bigEndian)
    {
        var tiff = TiffTestStructure.Build(
            bigEndian,
            TiffTestField.Short(TiffTestStructure.ImageWidth, 640),
            TiffTestField.Long(TiffTestStructure.ImageLength, 70_000));

        ImageHeaderReader.TryReadDimensions(tiff, ImageFormatKind.Tiff, out var width, out var height).ShouldBeTrue();

        (width, height).ShouldBe((640, 70_000));
    }

    [Fact]
    public void Jpeg_without_a_frame_header_has_no_size()
    {
        var jpeg = JpegTestSegments.HeaderOnly((0xE0, JpegTestSegments.JfifPayload(1, 1, 1)));

        ImageHeaderReader.TryReadDimensions(jpeg, ImageFormatKind.Jpeg, out _, out _).ShouldBeFalse();
    }

    [Fact]
    public void Jpeg_segment_length_running_past_the_end_has_no_size()
    {
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x7F, 0xFF, 0x00];

        ImageHeaderReader.TryReadDimensions(jpeg, ImageFormatKind.Jpeg, out _, out _).ShouldBeFalse();
    }
}
