namespace SealGuard.Core.Checksums;

/// <summary>
/// CRC-32 as PNG chunks and zlib use it (ISO 3309, reflected polynomial 0xEDB88320); kept here to avoid a package for
/// one checksum. <see cref="Append"/> continues a running value, so a fixed prefix can be checksummed once.
/// </summary>
public static class Crc32
{
    /// <summary>The running value before any byte.</summary>
    public const uint Start = 0xFFFFFFFFu;

    private static readonly uint[] Table = CreateTable();

    public static uint Compute(ReadOnlySpan<byte> bytes) => Finish(Append(Start, bytes));

    public static uint Append(uint running, ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            running = Table[(running ^ b) & 0xFF] ^ (running >> 8);
        }

        return running;
    }

    public static uint Finish(uint running) => running ^ 0xFFFFFFFFu;

    private static uint[] CreateTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
