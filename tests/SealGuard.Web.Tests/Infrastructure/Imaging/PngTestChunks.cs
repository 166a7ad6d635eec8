using System.Buffers.Binary;
using System.Text;

namespace SealGuard.Web.Tests.Infrastructure.Imaging;

/// <summary>
/// Test-side PNG chunk reader and writer, written independently of the production code (bitwise CRC, no table)
/// so a bug in one is not mirrored by the other.
/// </summary>
internal static class PngTestChunks
{
    /// <summary>Returns the data of the first chunk of <paramref name="type"/>, checking its CRC; null when absent.</summary>
    public static byte[]? Find(byte[] png, string type)
    {
        var position = 8;
        while (position + 12 <= png.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(position));
            var chunkType = Encoding.ASCII.GetString(png, position + 4, 4);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(position + 8 + length));
            Crc(png.AsSpan(position + 4, 4 + length)).ShouldBe(crc, $"CRC of chunk {chunkType}");
            if (chunkType == type)
            {
                return png.AsSpan(position + 8, length).ToArray();
            }

            position += 12 + length;
        }

        return null;
    }

    /// <summary>Chunk types in file order.</summary>
    public static List<string> ChunkTypes(byte[] png)
    {
        var types = new List<string>();
        var position = 8;
        while (position + 12 <= png.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(position));
            types.Add(Encoding.ASCII.GetString(png, position + 4, 4));
            position += 12 + length;
        }

        return types;
    }

    /// <summary>Inserts a chunk right after IHDR.</summary>
    public static byte[] InsertAfterIhdr(byte[] png, string type, byte[] data)
    {
        const int insertAt = 8 + 25;
        var chunk = BuildChunk(type, data);
        return [.. png.AsSpan(0, insertAt), .. chunk, .. png.AsSpan(insertAt)];
    }

    public static byte[] PhysData(uint pixelsPerUnitX, uint pixelsPerUnitY, byte unit)
    {
        var data = new byte[9];
        BinaryPrimitives.WriteUInt32BigEndian(data, pixelsPerUnitX);
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(4), pixelsPerUnitY);
        data[8] = unit;
        return data;
    }

    public static byte[] BuildChunk(string type, byte[] data)
    {
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)data.Length);
        Encoding.ASCII.GetBytes(type, chunk.AsSpan(4));
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc(chunk.AsSpan(4, 4 + data.Length)));
        return chunk;
    }

    /// <summary>Offset and length of the first IDAT chunk's data.</summary>
    public static (int Offset, int Length) FindIdat(byte[] png)
    {
        var position = 8;
        while (position + 12 <= png.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(position));
            if (Encoding.ASCII.GetString(png, position + 4, 4) == "IDAT")
            {
                return (position + 8, length);
            }

            position += 12 + length;
        }

        throw new InvalidOperationException("No IDAT chunk.");
    }

    private static uint Crc(ReadOnlySpan<byte> bytes)
    {
        var crc = uint.MaxValue;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
            }
        }

        return ~crc;
    }
}
