namespace SealGuard.Web.Infrastructure.Imaging;

/// <summary>Identifies the container format from magic bytes and from a file name extension.</summary>
internal static class ImageFormatSniffer
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];

    private static ReadOnlySpan<byte> BmpSignature => "BM"u8;

    private static ReadOnlySpan<byte> TiffLittleEndianSignature => [0x49, 0x49, 0x2A, 0x00];

    private static ReadOnlySpan<byte> TiffBigEndianSignature => [0x4D, 0x4D, 0x00, 0x2A];

    /// <summary>Returns the format whose signature starts <paramref name="bytes"/>, or null for anything else.</summary>
    public static ImageFormatKind? Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(PngSignature))
        {
            return ImageFormatKind.Png;
        }

        if (bytes.StartsWith(JpegSignature))
        {
            return ImageFormatKind.Jpeg;
        }

        if (bytes.StartsWith(TiffLittleEndianSignature) || bytes.StartsWith(TiffBigEndianSignature))
        {
            return ImageFormatKind.Tiff;
        }

        // "BM" alone is weak evidence, so also require room for the 14-byte file header and a DIB header size.
        if (bytes.StartsWith(BmpSignature) && bytes.Length >= 18)
        {
            return ImageFormatKind.Bmp;
        }

        return null;
    }

    /// <summary>
    /// Maps a file name's extension to the format it names, or null when the extension names none of ours
    /// (no extension, or something like ".dat"): only a known extension can contradict the content.
    /// </summary>
    public static ImageFormatKind? FromFileName(string fileName)
    {
        var extension = Path.GetExtension(fileName.AsSpan());
        if (extension.Length < 2)
        {
            return null;
        }

        extension = extension[1..];
        if (extension.Equals("png", StringComparison.OrdinalIgnoreCase))
        {
            return ImageFormatKind.Png;
        }

        if (extension.Equals("jpg", StringComparison.OrdinalIgnoreCase)
            || extension.Equals("jpeg", StringComparison.OrdinalIgnoreCase))
        {
            return ImageFormatKind.Jpeg;
        }

        if (extension.Equals("bmp", StringComparison.OrdinalIgnoreCase))
        {
            return ImageFormatKind.Bmp;
        }

        if (extension.Equals("tif", StringComparison.OrdinalIgnoreCase)
            || extension.Equals("tiff", StringComparison.OrdinalIgnoreCase))
        {
            return ImageFormatKind.Tiff;
        }

        return null;
    }
}
