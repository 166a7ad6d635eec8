using System.Buffers.Binary;
using SkiaSharp;

namespace SealGuard.Web.Tests.Infrastructure.Imaging;

/// <summary>Writes an uncompressed 24-bit BMP (BITMAPINFOHEADER, bottom-up rows padded to 4 bytes).</summary>
internal static class BmpTestWriter
{
    private const int FileHeaderSize = 14;
    private const int InfoHeaderSize = 40;

    public static byte[] Write24(int width, int height, Func<int, int, SKColor> pixel, int xPelsPerMeter, int yPelsPerMeter)
    {
        var rowSize = ((width * 3) + 3) & ~3;
        var imageSize = rowSize * height;
        var bytes = new byte[FileHeaderSize + InfoHeaderSize + imageSize];
        var span = bytes.AsSpan();

        span[0] = (byte)'B';
        span[1] = (byte)'M';
        BinaryPrimitives.WriteInt32LittleEndian(span[2..], bytes.Length);
        BinaryPrimitives.WriteInt32LittleEndian(span[10..], FileHeaderSize + InfoHeaderSize);

        BinaryPrimitives.WriteInt32LittleEndian(span[14..], InfoHeaderSize);
        BinaryPrimitives.WriteInt32LittleEndian(span[18..], width);
        BinaryPrimitives.WriteInt32LittleEndian(span[22..], height);
        BinaryPrimitives.WriteInt16LittleEndian(span[26..], 1);
        BinaryPrimitives.WriteInt16LittleEndian(span[28..], 24);
        BinaryPrimitives.WriteInt32LittleEndian(span[30..], 0);
        BinaryPrimitives.WriteInt32LittleEndian(span[34..], imageSize);
        BinaryPrimitives.WriteInt32LittleEndian(span[38..], xPelsPerMeter);
        BinaryPrimitives.WriteInt32LittleEndian(span[42..], yPelsPerMeter);

        for (var y = 0; y < height; y++)
        {
            // Positive height means the last image row is stored first.
            var row = span.Slice(FileHeaderSize + InfoHeaderSize + ((height - 1 - y) * rowSize), rowSize);
            for (var x = 0; x < width; x++)
            {
                var color = pixel(x, y);
                row[x * 3] = color.Blue;
                row[(x * 3) + 1] = color.Green;
                row[(x * 3) + 2] = color.Red;
            }
        }

        return bytes;
    }
}
