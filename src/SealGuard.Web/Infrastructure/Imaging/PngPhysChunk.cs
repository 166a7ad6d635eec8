using System.Buffers.Binary;
using SealGuard.Core.Checksums;

namespace SealGuard.Web.Infrastructure.Imaging;

/// <summary>
/// Adds a pHYs chunk to a PNG, because SkiaSharp's encoder writes no resolution and a scan's DPI must survive
/// normalization (1:1 physical size of the imprint).
/// </summary>
internal static class PngPhysChunk
{
    private const int SignatureLength = 8;
    private const int IhdrChunkLength = 8 + 13 + 4;
    private const int PhysDataLength = 9;
    private const double MetersPerInch = 0.0254;

    /// <summary>
    /// Returns a copy of <paramref name="png"/> with a pHYs chunk (unit: metre) right after IHDR.
    /// Returns the bytes unchanged when a resolution cannot be expressed in pHYs.
    /// </summary>
    public static byte[] Insert(ReadOnlySpan<byte> png, double dpiX, double dpiY)
    {
        if (png.Length < SignatureLength + IhdrChunkLength
            || !png.Slice(SignatureLength + 4, 4).SequenceEqual("IHDR"u8)
            || !TryToPixelsPerMeter(dpiX, out var ppmX)
            || !TryToPixelsPerMeter(dpiY, out var ppmY))
        {
            return png.ToArray();
        }

        const int insertAt = SignatureLength + IhdrChunkLength;
        const int chunkLength = 4 + 4 + PhysDataLength + 4;
        var result = new byte[png.Length + chunkLength];
        png[..insertAt].CopyTo(result);

        var chunk = result.AsSpan(insertAt, chunkLength);
        BinaryPrimitives.WriteUInt32BigEndian(chunk, PhysDataLength);
        "pHYs"u8.CopyTo(chunk[4..]);
        BinaryPrimitives.WriteUInt32BigEndian(chunk[8..], ppmX);
        BinaryPrimitives.WriteUInt32BigEndian(chunk[12..], ppmY);
        chunk[16] = 1; // unit: metre
        BinaryPrimitives.WriteUInt32BigEndian(chunk[17..], Crc32.Compute(chunk.Slice(4, 4 + PhysDataLength)));

        png[insertAt..].CopyTo(result.AsSpan(insertAt + chunkLength));
        return result;
    }

    private static bool TryToPixelsPerMeter(double dpi, out uint pixelsPerMeter)
    {
        pixelsPerMeter = 0;
        var value = Math.Round(dpi / MetersPerInch, MidpointRounding.AwayFromZero);

        // PNG limits four-byte integers to 2^31 - 1; 0 would mean "unknown".
        if (!double.IsFinite(value) || value < 1 || value > int.MaxValue)
        {
            return false;
        }

        pixelsPerMeter = (uint)value;
        return true;
    }
}
