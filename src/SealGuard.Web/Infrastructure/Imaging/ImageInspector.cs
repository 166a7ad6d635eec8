using System.Globalization;
using SkiaSharp;

namespace SealGuard.Web.Infrastructure.Imaging;

/// <summary>
/// Validates an uploaded imprint or document image and turns it into a lossless normalized PNG plus a thumbnail.
/// Checks run cheapest first, and the pixel and decode-memory budgets are enforced from the header before any pixel
/// buffer exists.
/// Stateless and thread-safe.
/// </summary>
public sealed class ImageInspector
{
    internal const int ThumbnailMaxSide = 256;

    private const int PngZlibLevel = 6;
    private const double BytesPerMegabyte = 1024 * 1024;

    /// <summary>
    /// The checks that need no pixel memory (format, size, header dimensions, pixel and decode budgets): a rejection,
    /// or null when the image may be decoded. Cheap, so callers run it before waiting for a decode slot.
    /// </summary>
    public ImageInspectionResult? Screen(ReadOnlySpan<byte> bytes, string? declaredFileName, ImageLimits limits) =>
        Screen(bytes, declaredFileName, limits, out _, out _, out _);

    public ImageInspectionResult Inspect(ReadOnlySpan<byte> bytes, string? declaredFileName, ImageLimits limits)
    {
        if (Screen(bytes, declaredFileName, limits, out var format, out var width, out var height) is { } rejection)
        {
            return rejection;
        }

        using var bitmap = format == ImageFormatKind.Tiff
            ? TiffImageDecoder.Decode(bytes, width, height)
            : SkiaImageDecoder.Decode(bytes, width, height);
        if (bitmap is null)
        {
            return Corrupt();
        }

        var resolution = ImageResolutionReader.Read(bytes, format);
        var normalized = EncodePng(bitmap);
        if (resolution is { DpiX: { } dpiX, DpiY: { } dpiY })
        {
            normalized = PngPhysChunk.Insert(normalized, dpiX, dpiY);
        }

        var thumbnail = EncodeThumbnail(bitmap);
        return ImageInspectionResult.Success(new InspectedImage(
            format, width, height, resolution.DpiX, resolution.DpiY, normalized, thumbnail));
    }

    private static ImageInspectionResult? Screen(ReadOnlySpan<byte> bytes, string? declaredFileName, ImageLimits limits, out ImageFormatKind format, out int width, out int height)
    {
        ArgumentNullException.ThrowIfNull(limits);
        format = default;
        width = 0;
        height = 0;

        if (bytes.IsEmpty)
        {
            return ImageInspectionResult.Reject(ImageRejectionCodes.Empty, "图片内容为空");
        }

        if (ImageFormatSniffer.Detect(bytes) is not { } detected)
        {
            return ImageInspectionResult.Reject(
                ImageRejectionCodes.UnsupportedFormat,
                "不支持的图片格式，仅支持 PNG、JPEG、BMP、TIFF");
        }

        format = detected;

        if (declaredFileName is not null
            && ImageFormatSniffer.FromFileName(declaredFileName) is { } declared
            && declared != format)
        {
            return ImageInspectionResult.Reject(
                ImageRejectionCodes.FormatMismatch,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"文件扩展名（{Path.GetExtension(declaredFileName)}）与图片实际格式（{DisplayName(format)}）不一致"));
        }

        if (bytes.Length > limits.MaxBytes)
        {
            return ImageInspectionResult.Reject(
                ImageRejectionCodes.TooLarge,
                string.Create(CultureInfo.InvariantCulture, $"图片超过 {limits.MaxBytes / BytesPerMegabyte:0.##} MB 的大小限制"));
        }

        if (!ImageHeaderReader.TryReadDimensions(bytes, format, out width, out height))
        {
            return Corrupt();
        }

        if ((long)width * height > limits.MaxPixels)
        {
            return ImageInspectionResult.Reject(
                ImageRejectionCodes.TooManyPixels,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"图片尺寸 {width}×{height} 像素超过 {limits.MaxPixels:N0} 像素的上限"));
        }

        if (ImageLimits.DecodeBytes(format, width, height) > limits.MaxDecodeBytes)
        {
            return ImageInspectionResult.Reject(
                ImageRejectionCodes.DecodeTooLarge,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"图片尺寸 {width}×{height} 像素解码后超过 {limits.MaxDecodeBytes / BytesPerMegabyte:0.##} MB 的内存上限"));
        }

        return null;
    }

    private static ImageInspectionResult Corrupt() =>
        ImageInspectionResult.Reject(ImageRejectionCodes.Corrupt, "图片数据已损坏或不完整，无法解码");

    private static string DisplayName(ImageFormatKind format) => format switch
    {
        ImageFormatKind.Png => "PNG",
        ImageFormatKind.Jpeg => "JPEG",
        ImageFormatKind.Bmp => "BMP",
        ImageFormatKind.Tiff => "TIFF",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    private static byte[] EncodePng(SKBitmap bitmap)
    {
        using var pixmap = bitmap.PeekPixels();
        using var data = pixmap.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.AllFilters, PngZlibLevel))
            ?? throw new InvalidOperationException("SkiaSharp could not encode the decoded image as PNG.");
        return data.ToArray();
    }

    private static byte[] EncodeThumbnail(SKBitmap bitmap)
    {
        var longest = Math.Max(bitmap.Width, bitmap.Height);
        if (longest <= ThumbnailMaxSide)
        {
            // Never upscale: a small image is its own thumbnail.
            return EncodePng(bitmap);
        }

        var scale = (double)ThumbnailMaxSide / longest;
        var width = Math.Clamp((int)Math.Round(bitmap.Width * scale), 1, ThumbnailMaxSide);
        var height = Math.Clamp((int)Math.Round(bitmap.Height * scale), 1, ThumbnailMaxSide);

        // Mipmapped sampling avoids the aliasing a plain bilinear shrink gives on thin seal strokes.
        var info = new SKImageInfo(
            width,
            height,
            SKColorType.Rgba8888,
            bitmap.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul);
        using var thumbnail = bitmap.Resize(info, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear))
            ?? throw new InvalidOperationException("SkiaSharp could not resize the image.");
        return EncodePng(thumbnail);
    }
}
