using System.Buffers.Binary;
using SealGuard.Web.Infrastructure.Imaging;
using SkiaSharp;

namespace SealGuard.Web.Tests.Infrastructure.Imaging;

internal static class InspectionAssertions
{
    public static InspectedImage ShouldBeAccepted(this ImageInspectionResult result)
    {
        result.IsSuccess.ShouldBeTrue($"rejected: {result.Rejection?.Code} {result.Rejection?.Message}");
        result.Rejection.ShouldBeNull();
        return result.Image!;
    }

    public static ImageRejection ShouldBeRejected(this ImageInspectionResult result, string code)
    {
        result.IsSuccess.ShouldBeFalse();
        result.Image.ShouldBeNull();
        result.Rejection.ShouldNotBeNull();
        result.Rejection.Code.ShouldBe(code);
        result.Rejection.Message.ShouldNotBeNullOrWhiteSpace();
        return result.Rejection;
    }

    /// <summary>The normalized PNG has the image's size, and its pHYs carries the expected dpi (or is absent).</summary>
    public static void ShouldHaveNormalizedPng(this InspectedImage image, double? expectedDpi)
    {
        using var decoded = TestImages.DecodePng(image.NormalizedPng);
        decoded.Width.ShouldBe(image.WidthPx);
        decoded.Height.ShouldBe(image.HeightPx);

        var phys = PngTestChunks.Find(image.NormalizedPng, "pHYs");
        if (expectedDpi is null)
        {
            phys.ShouldBeNull();
            return;
        }

        phys.ShouldNotBeNull();
        phys[8].ShouldBe((byte)1, "unit must be metre");
        var expectedPpm = TestImages.PixelsPerMeter(expectedDpi.Value);
        BinaryPrimitives.ReadUInt32BigEndian(phys).ShouldBe(expectedPpm);
        BinaryPrimitives.ReadUInt32BigEndian(phys.AsSpan(4)).ShouldBe(expectedPpm);

        // pHYs is only valid before the image data.
        PngTestChunks.ChunkTypes(image.NormalizedPng).IndexOf("pHYs")
            .ShouldBeLessThan(PngTestChunks.ChunkTypes(image.NormalizedPng).IndexOf("IDAT"));
    }

    public static void ShouldHaveThumbnailWithin256(this InspectedImage image)
    {
        using var thumbnail = TestImages.DecodePng(image.ThumbnailPng);
        Math.Max(thumbnail.Width, thumbnail.Height).ShouldBeLessThanOrEqualTo(256);
        thumbnail.Width.ShouldBeGreaterThan(0);
        thumbnail.Height.ShouldBeGreaterThan(0);
    }

    /// <summary>Lossless formats: every pixel of the normalized PNG equals the source.</summary>
    public static void ShouldHavePixels(this InspectedImage image, Func<int, int, SKColor> expected)
    {
        using var decoded = TestImages.DecodePng(image.NormalizedPng);
        for (var y = 0; y < decoded.Height; y++)
        {
            for (var x = 0; x < decoded.Width; x++)
            {
                var actual = decoded.GetPixel(x, y);
                if (actual != expected(x, y))
                {
                    actual.ShouldBe(expected(x, y), $"pixel ({x}, {y})");
                }
            }
        }
    }
}
