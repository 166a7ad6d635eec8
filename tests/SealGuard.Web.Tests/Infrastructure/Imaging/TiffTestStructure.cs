using System.Buffers.Binary;

namespace SealGuard.Web.Tests.Infrastructure.Imaging;

/// <summary>Hand-built TIFF structures (a header and one IFD) for EXIF payloads and crafted TIFF headers.</summary>
internal static class TiffTestStructure
{
    public const ushort ImageWidth = 256;
    public const ushort ImageLength = 257;
    public const ushort StripOffsets = 273;
    public const ushort XResolution = 282;
    public const ushort YResolution = 283;
    public const ushort ResolutionUnit = 296;

    public static byte[] Build(bool bigEndian, params TiffTestField[] fields)
    {
        var sorted = fields.OrderBy(f => f.Tag).ToArray();
        var ifdSize = 2 + (12 * sorted.Length) + 4;
        var rationalCount = sorted.Count(f => f.Type == 5);
        var bytes = new byte[8 + ifdSize + (8 * rationalCount)];
        var span = bytes.AsSpan();

        span[0] = span[1] = (byte)(bigEndian ? 'M' : 'I');
        WriteUInt16(span[2..], 42, bigEndian);
        WriteUInt32(span[4..], 8, bigEndian);
        WriteUInt16(span[8..], (ushort)sorted.Length, bigEndian);

        var dataOffset = 8 + ifdSize;
        for (var i = 0; i < sorted.Length; i++)
        {
            var field = sorted[i];
            var entry = span[(10 + (12 * i))..];
            WriteUInt16(entry, field.Tag, bigEndian);
            WriteUInt16(entry[2..], field.Type, bigEndian);
            WriteUInt32(entry[4..], 1, bigEndian);
            switch (field.Type)
            {
                case 3:
                    // A SHORT sits in the first two bytes of the value field in either byte order.
                    WriteUInt16(entry[8..], (ushort)field.Value, bigEndian);
                    break;
                case 4:
                    WriteUInt32(entry[8..], field.Value, bigEndian);
                    break;
                default:
                    WriteUInt32(entry[8..], (uint)dataOffset, bigEndian);
                    WriteUInt32(span[dataOffset..], field.Value, bigEndian);
                    WriteUInt32(span[(dataOffset + 4)..], field.Denominator, bigEndian);
                    dataOffset += 8;
                    break;
            }
        }

        return bytes;
    }

    /// <summary>Points the last strip of IFD0 past the end of the file, as a cut-short transfer would leave it.</summary>
    public static byte[] WithLastStripBeyondEnd(byte[] tiff)
    {
        var result = (byte[])tiff.Clone();
        var span = result.AsSpan();
        var bigEndian = span[0] == 'M';
        var ifd = (int)ReadUInt32(span[4..], bigEndian);
        var count = ReadUInt16(span[ifd..], bigEndian);
        for (var i = 0; i < count; i++)
        {
            var entry = span[(ifd + 2 + (12 * i))..];
            if (ReadUInt16(entry, bigEndian) != StripOffsets)
            {
                continue;
            }

            var type = ReadUInt16(entry[2..], bigEndian);
            var strips = (int)ReadUInt32(entry[4..], bigEndian);
            type.ShouldBe((ushort)4, "test helper expects LONG strip offsets");
            var slot = strips == 1 ? entry[8..] : span[((int)ReadUInt32(entry[8..], bigEndian) + (4 * (strips - 1)))..];
            WriteUInt32(slot, (uint)result.Length + 4096, bigEndian);
            return result;
        }

        throw new InvalidOperationException("No StripOffsets tag.");
    }

    private static ushort ReadUInt16(ReadOnlySpan<byte> span, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(span) : BinaryPrimitives.ReadUInt16LittleEndian(span);

    private static uint ReadUInt32(ReadOnlySpan<byte> span, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(span) : BinaryPrimitives.ReadUInt32LittleEndian(span);

    private static void WriteUInt16(Span<byte> span, ushort value, bool bigEndian)
    {
        if (bigEndian)
        {
            BinaryPrimitives.WriteUInt16BigEndian(span, value);
        }
        else
        {
            BinaryPrimitives.WriteUInt16LittleEndian(span, value);
        }
    }

    private static void WriteUInt32(Span<byte> span, uint value, bool bigEndian)
    {
        if (bigEndian)
        {
            BinaryPrimitives.WriteUInt32BigEndian(span, value);
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(span, value);
        }
    }
}
