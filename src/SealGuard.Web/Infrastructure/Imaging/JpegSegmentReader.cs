using System.Buffers.Binary;

namespace SealGuard.Web.Infrastructure.Imaging;

/// <summary>Walks the marker segments of a JPEG file header, up to the start of the entropy-coded scan.</summary>
internal static class JpegSegmentReader
{
    public const byte App0 = 0xE0;
    public const byte App1 = 0xE1;
    public const byte StartOfScan = 0xDA;
    private const byte EndOfImage = 0xD9;

    /// <summary>
    /// Reads the segment at <paramref name="position"/> (start at 2, just past SOI) and advances past it.
    /// Returns false at the end of the header (start of scan, end of image) or on malformed or truncated data.
    /// </summary>
    public static bool TryReadNext(ReadOnlySpan<byte> jpeg, ref int position, out byte marker, out ReadOnlySpan<byte> payload)
    {
        marker = 0;
        payload = default;
        if (position >= jpeg.Length || jpeg[position] != 0xFF)
        {
            return false;
        }

        // Any number of 0xFF fill bytes may precede a marker.
        while (position < jpeg.Length && jpeg[position] == 0xFF)
        {
            position++;
        }

        if (position >= jpeg.Length)
        {
            return false;
        }

        marker = jpeg[position++];
        if (marker is StartOfScan or EndOfImage)
        {
            return false;
        }

        if (marker is 0x01 or 0xD8 or (>= 0xD0 and <= 0xD7))
        {
            // Stand-alone markers (TEM, SOI, RSTn) have no length field.
            return true;
        }

        if (position + 2 > jpeg.Length)
        {
            return false;
        }

        int length = BinaryPrimitives.ReadUInt16BigEndian(jpeg[position..]);
        if (length < 2 || position + length > jpeg.Length)
        {
            return false;
        }

        payload = jpeg.Slice(position + 2, length - 2);
        position += length;
        return true;
    }

    /// <summary>SOFn markers carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but are not frames.</summary>
    public static bool IsStartOfFrame(byte marker) =>
        marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
}
