using System.Buffers.Binary;

namespace SealGuard.Web.Infrastructure.Imaging;

/// <summary>
/// Reads single numeric tags from the first IFD of a TIFF structure (a TIFF file or the payload of a JPEG EXIF segment),
/// so dimensions and resolution are known without handing the bytes to a decoder.
/// </summary>
internal static class TiffIfdReader
{
    public const ushort ImageWidthTag = 256;
    public const ushort ImageLengthTag = 257;
    public const ushort XResolutionTag = 282;
    public const ushort YResolutionTag = 283;
    public const ushort ResolutionUnitTag = 296;

    private const ushort ShortType = 3;
    private const ushort LongType = 4;
    private const ushort RationalType = 5;
    private const int EntrySize = 12;

    /// <summary>Reads a SHORT, LONG or RATIONAL tag of IFD0 as a number; false when absent or malformed.</summary>
    public static bool TryReadNumber(ReadOnlySpan<byte> tiff, ushort tag, out double value)
    {
        value = 0;
        if (!TryFindEntry(tiff, tag, out var bigEndian, out var entry))
        {
            return false;
        }

        var type = ReadUInt16(tiff[(entry + 2)..], bigEndian);
        var count = ReadUInt32(tiff[(entry + 4)..], bigEndian);
        if (count < 1)
        {
            return false;
        }

        switch (type)
        {
            case ShortType:
                value = ReadUInt16(tiff[(entry + 8)..], bigEndian);
                return true;
            case LongType:
                value = ReadUInt32(tiff[(entry + 8)..], bigEndian);
                return true;
            case RationalType:
                // Eight bytes do not fit in the 4-byte value field, so the field holds an offset.
                long offset = ReadUInt32(tiff[(entry + 8)..], bigEndian);
                if (offset + 8 > tiff.Length)
                {
                    return false;
                }

                var numerator = ReadUInt32(tiff[(int)offset..], bigEndian);
                var denominator = ReadUInt32(tiff[((int)offset + 4)..], bigEndian);
                if (denominator == 0)
                {
                    return false;
                }

                value = (double)numerator / denominator;
                return true;
            default:
                return false;
        }
    }

    private static bool TryFindEntry(ReadOnlySpan<byte> tiff, ushort tag, out bool bigEndian, out int entryOffset)
    {
        bigEndian = false;
        entryOffset = 0;
        if (tiff.Length < 8)
        {
            return false;
        }

        if (tiff[0] == 'M' && tiff[1] == 'M')
        {
            bigEndian = true;
        }
        else if (tiff[0] != 'I' || tiff[1] != 'I')
        {
            return false;
        }

        if (ReadUInt16(tiff[2..], bigEndian) != 42)
        {
            return false;
        }

        long ifdOffset = ReadUInt32(tiff[4..], bigEndian);
        if (ifdOffset + 2 > tiff.Length)
        {
            return false;
        }

        var entryCount = ReadUInt16(tiff[(int)ifdOffset..], bigEndian);
        for (var i = 0; i < entryCount; i++)
        {
            var offset = ifdOffset + 2 + ((long)i * EntrySize);
            if (offset + EntrySize > tiff.Length)
            {
                return false;
            }

            if (ReadUInt16(tiff[(int)offset..], bigEndian) == tag)
            {
                entryOffset = (int)offset;
                return true;
            }
        }

        return false;
    }

    private static ushort ReadUInt16(ReadOnlySpan<byte> bytes, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(bytes) : BinaryPrimitives.ReadUInt16LittleEndian(bytes);

    private static uint ReadUInt32(ReadOnlySpan<byte> bytes, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(bytes) : BinaryPrimitives.ReadUInt32LittleEndian(bytes);
}
