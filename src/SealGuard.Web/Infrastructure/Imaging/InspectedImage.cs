namespace SealGuard.Web.Infrastructure.Imaging;

/// <summary>
/// An upload that passed inspection. Carries the GA 241.3 data items (pixel width/height, resolution)
/// plus a lossless normalized copy and a small preview.
/// </summary>
/// <param name="Format">Format detected from the magic bytes, not from the file name.</param>
/// <param name="WidthPx">Width in pixels as stored in the file.</param>
/// <param name="HeightPx">Height in pixels as stored in the file.</param>
/// <param name="DpiX">Horizontal resolution in dots per inch, or <see langword="null"/> when the file carries none.</param>
/// <param name="DpiY">Vertical resolution in dots per inch, or <see langword="null"/> when the file carries none.</param>
/// <param name="NormalizedPng">Full-size lossless PNG; has a pHYs chunk with the resolution when it is known.</param>
/// <param name="ThumbnailPng">PNG whose longest side is at most 256 px, aspect ratio kept.</param>
public sealed record InspectedImage(
    ImageFormatKind Format,
    int WidthPx,
    int HeightPx,
    double? DpiX,
    double? DpiY,
    byte[] NormalizedPng,
    byte[] ThumbnailPng);
