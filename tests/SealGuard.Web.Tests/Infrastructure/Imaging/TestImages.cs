using SkiaSharp;

namespace SealGuard.Web.Tests.Infrastructure.Imaging;

/// <summary>Generates test images in code, so no binary fixtures are needed.</summary>
internal static class TestImages
{
    /// <summary>A deterministic colour pattern, distinct enough to catch flipped or shifted rows.</summary>
    public static SKColor Pattern(int x, int y) =>
        new((byte)((x * 7) + (y * 3)), (byte)((y * 13) + x), (byte)((x + y) * 5));

    /// <summary>Red top row, blue elsewhere: shows whether a decoder kept the row order.</summary>
    public static SKColor RedTopRow(int x, int y) => y == 0 ? new SKColor(255, 0, 0) : new SKColor(0, 0, 255);

    public static SKBitmap Bitmap(int width, int height, Func<int, int, SKColor> pixel)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                bitmap.SetPixel(x, y, pixel(x, y));
            }
        }

        return bitmap;
    }

    /// <summary>Random pixels compress badly, so the IDAT/scan data dominates the file (for truncation tests).</summary>
    public static SKBitmap NoiseBitmap(int width, int height, int seed)
    {
        var random = new Random(seed);
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var pixels = bitmap.GetPixelSpan();
        random.NextBytes(pixels);
        for (var i = 3; i < pixels.Length; i += 4)
        {
            pixels[i] = 0xFF;
        }

        return bitmap;
    }

    public static byte[] Png(int width, int height, Func<int, int, SKColor>? pixel = null)
    {
        using var bitmap = Bitmap(width, height, pixel ?? Pattern);
        return Encode(bitmap, SKEncodedImageFormat.Png);
    }

    public static byte[] Jpeg(int width, int height, Func<int, int, SKColor>? pixel = null)
    {
        using var bitmap = Bitmap(width, height, pixel ?? Pattern);
        return Encode(bitmap, SKEncodedImageFormat.Jpeg);
    }

    public static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format)
    {
        using var data = bitmap.Encode(format, 90);
        data.ShouldNotBeNull();
        return data.ToArray();
    }

    public static SKBitmap DecodePng(byte[] png)
    {
        var bitmap = SKBitmap.Decode(png);
        bitmap.ShouldNotBeNull("the normalized PNG must decode");
        return bitmap;
    }

    /// <summary>pHYs value for a dpi, as an encoder would store it (pixels per metre).</summary>
    public static uint PixelsPerMeter(double dpi) => (uint)Math.Round(dpi / 0.0254);
}
