namespace SealGuard.Web.Infrastructure.Imaging;

/// <summary>Upper bounds applied to an uploaded image before and while decoding it.</summary>
/// <param name="MaxBytes">Largest accepted encoded size in bytes.</param>
/// <param name="MaxPixels">Largest accepted width × height; checked from the header before any pixel is decoded.</param>
/// <param name="MaxDecodeBytes">
/// Largest memory the decoded pixels may take (width × height × the decoder's bytes per pixel, see
/// <see cref="DecodeBytes"/>); checked from the header, so a tiny file declaring a huge page costs nothing.
/// </param>
public sealed record ImageLimits(long MaxBytes, long MaxPixels, long MaxDecodeBytes = ImageLimits.DefaultMaxDecodeBytes)
{
    /// <summary>256 MiB: a 600 dpi A4 page (35 megapixels) as JPEG, PNG or BMP; a TIFF of up to 33 megapixels.</summary>
    public const long DefaultMaxDecodeBytes = 256L * 1024 * 1024;

    /// <summary>
    /// The app's defaults: 10 MB and 40 megapixels (an A4 page scanned at 600 dpi is about 35 megapixels).
    /// </summary>
    public static ImageLimits Default { get; } = new(10L * 1024 * 1024, 40_000_000);

    /// <summary>
    /// What decoding a <paramref name="width"/> × <paramref name="height"/> image holds in memory at once: an RGBA
    /// bitmap (4 bytes a pixel), and for TIFF also LibTiff's RGBA raster it is copied from (8 in all).
    /// </summary>
    public static long DecodeBytes(ImageFormatKind format, int width, int height) =>
        (long)width * height * (format == ImageFormatKind.Tiff ? 8 : 4);
}
