using SkiaSharp;

namespace SealGuard.Web.Infrastructure.Imaging;

/// <summary>Fully decodes PNG, JPEG and BMP with SkiaSharp; anything short of a complete decode counts as corrupt.</summary>
internal static class SkiaImageDecoder
{
    /// <summary>
    /// Returns the decoded bitmap, or null when the data is corrupt, truncated, or disagrees with the header
    /// dimensions already checked against the limits.
    /// </summary>
    public static SKBitmap? Decode(ReadOnlySpan<byte> bytes, int expectedWidth, int expectedHeight)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return null;
        }

        var encoded = codec.Info;
        if (encoded.Width != expectedWidth || encoded.Height != expectedHeight)
        {
            return null;
        }

        // Grey stays grey (smaller PNG); everything else becomes 8-bit RGBA. Unpremultiplied alpha keeps the
        // colour of translucent pixels exact. No colour space: samples are kept as stored, not colour-converted.
        var colorType = encoded.ColorType == SKColorType.Gray8 ? SKColorType.Gray8 : SKColorType.Rgba8888;
        var alphaType = encoded.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Unpremul;
        var target = new SKImageInfo(expectedWidth, expectedHeight, colorType, alphaType);

        var bitmap = new SKBitmap();
        if (!bitmap.TryAllocPixels(target))
        {
            bitmap.Dispose();
            return null;
        }

        // IncompleteInput means a truncated file decoded into a partly blank image: refuse it rather than keep it.
        var result = codec.GetPixels(target, bitmap.GetPixels());
        if (result != SKCodecResult.Success)
        {
            bitmap.Dispose();
            return null;
        }

        return bitmap;
    }
}
