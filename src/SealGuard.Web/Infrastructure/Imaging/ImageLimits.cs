namespace SealGuard.Web.Infrastructure.Imaging;

/// <summary>Upper bounds applied to an uploaded image before and while decoding it.</summary>
/// <param name="MaxBytes">Largest accepted encoded size in bytes.</param>
/// <param name="MaxPixels">Largest accepted width × height; checked from the header before any pixel is decoded.</param>
public sealed record ImageLimits(long MaxBytes, long MaxPixels)
{
    /// <summary>
    /// The app's defaults: 10 MB and 40 megapixels (an A4 page scanned at 600 dpi is about 35 megapixels).
    /// </summary>
    public static ImageLimits Default { get; } = new(10L * 1024 * 1024, 40_000_000);
}
