using System.Buffers.Binary;

namespace SealGuard.Web.Infrastructure.Imaging;

/// <summary>
/// Reads pixel dimensions from the file header alone, so an oversized image is refused before a decoder
/// allocates a buffer for it.
/// </summary>
internal static class ImageHeaderReader
{
    public static bool TryReadDimensions(ReadOnlySpan<byte> bytes, ImageFormatKind format, out int width, out int height)
    {
        var found = format switch
        {
            ImageFormatKind.Png => TryReadPng(bytes, out width, out height),
            ImageFormatKind.Jpeg => TryReadJpeg(bytes, out width, out height),
            ImageFormatKind.Bmp => TryReadBmp(bytes, out width, out height),
            ImageFormatKind.Tiff => TryReadTiff(bytes, out width, out height),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
        return found && width > 0 && height > 0;
    }

    private static bool TryReadPng(ReadOnlySpan<byte> png, out int width, out int height)
    {
        width = 0;
        height = 0;

        // The spec requires IHDR to be the first chunk: signature (8), length (4), type (4), width (4), height (4).
        if (png.Length < 24 || !png.Slice(12, 4).SequenceEqual("IHDR"u8))
        {
            return false;
        }

        var w = BinaryPrimitives.ReadUInt32BigEndian(png[16..]);
        var h = BinaryPrimitives.ReadUInt32BigEndian(png[20..]);
        if (w > int.MaxValue || h > int.MaxValue)
        {
            return false;
        }

        width = (int)w;
        height = (int)h;
        return true;
    }

    private static bool TryReadJpeg(ReadOnlySpan<byte> jpeg, out int width, out int height)
    {
        width = 0;
        height = 0;
        var position = 2;
        while (JpegSegmentReader.TryReadNext(jpeg, ref position, out var marker, out var payload))
        {
            // SOFn payload: sample precision (1), number of lines (2), samples per line (2), ...
            if (JpegSegmentReader.IsStartOfFrame(marker) && payload.Length >= 5)
            {
                height = BinaryPrimitives.ReadUInt16BigEndian(payload[1..]);
                width = BinaryPrimitives.ReadUInt16BigEndian(payload[3..]);
                return true;
            }
        }

        return false;
    }

    private static bool TryReadBmp(ReadOnlySpan<byte> bmp, out int width, out int height)
    {
        width = 0;
        height = 0;
        if (bmp.Length < 18)
        {
            return false;
        }

        var dibHeaderSize = BinaryPrimitives.ReadUInt32LittleEndian(bmp[14..]);
        if (dibHeaderSize == 12)
        {
            // OS/2 BITMAPCOREHEADER: 16-bit unsigned sizes.
            if (bmp.Length < 22)
            {
                return false;
            }

            width = BinaryPrimitives.ReadUInt16LittleEndian(bmp[18..]);
            height = BinaryPrimitives.ReadUInt16LittleEndian(bmp[20..]);
            return true;
        }

        if (dibHeaderSize < 16 || bmp.Length < 26)
        {
            return false;
        }

        width = BinaryPrimitives.ReadInt32LittleEndian(bmp[18..]);
        var signedHeight = BinaryPrimitives.ReadInt32LittleEndian(bmp[22..]);

        // A negative height marks a top-down bitmap; the size is its magnitude.
        if (signedHeight == int.MinValue)
        {
            return false;
        }

        height = Math.Abs(signedHeight);
        return true;
    }

    private static bool TryReadTiff(ReadOnlySpan<byte> tiff, out int width, out int height)
    {
        width = 0;
        height = 0;
        if (!TiffIfdReader.TryReadNumber(tiff, TiffIfdReader.ImageWidthTag, out var w)
            || !TiffIfdReader.TryReadNumber(tiff, TiffIfdReader.ImageLengthTag, out var h)
            || w > int.MaxValue
            || h > int.MaxValue)
        {
            return false;
        }

        width = (int)w;
        height = (int)h;
        return true;
    }
}
