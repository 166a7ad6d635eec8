using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.IO.Compression;
using SealGuard.Core.Checksums;
using SkiaSharp;

namespace SealGuard.Benchmarks;

/// <summary>
/// A deterministic imprint (印模) PNG of about 50 KB for the intake benchmark: a red round seal (rings, star, a band of
/// glyph-like strokes) with paper grain and worn-ink noise, 600 dpi. <see cref="Create"/> returns a distinct file for
/// every variant (so the server's content-addressed blob store writes each upload instead of finding it already
/// stored) at the cost of a copy: the image is compressed once, and only its last row, which carries the variant in
/// off-white pixels, is appended per call as a stored deflate block (the checksums continue from saved states).
/// </summary>
public sealed class ImprintImage
{
    public const int DefaultSide = 400;
    public const int Dpi = 600;

    private const int VariantBits = 64;

    // Signature, IHDR chunk, pHYs chunk, then the IDAT chunk's length: its type follows.
    private const int IdatTypeOffset = 8 + (12 + 13) + (12 + 9) + 4;
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly byte[] _head;       // signature, IHDR, pHYs, IDAT length + type, zlib header, the deflated rows but the last
    private readonly byte[] _lastRow;    // filter byte + RGB of the last row, before the variant is written into it
    private readonly uint _crcAfterHead; // running CRC (not finalized) of "IDAT" + the constant part of its data
    private readonly uint _adlerA;       // Adler-32 state after all rows but the last
    private readonly uint _adlerB;

    public ImprintImage(int side = DefaultSide, int seed = 2026)
    {
        if (side < VariantBits + 2 || side > 4000)
        {
            throw new ArgumentOutOfRangeException(nameof(side), side, "between 66 and 4000 pixels");
        }

        Side = side;
        var rgb = Render(side, seed);
        var rowLength = 1 + (3 * side);
        var rows = new byte[rowLength * side];
        for (var y = 0; y < side; y++)
        {
            rows[y * rowLength] = 0; // filter: None
            Buffer.BlockCopy(rgb, y * 3 * side, rows, (y * rowLength) + 1, 3 * side);
        }

        var constantRows = rows.AsSpan(0, rowLength * (side - 1));
        _lastRow = rows.AsSpan(rowLength * (side - 1)).ToArray();
        (_adlerA, _adlerB) = Adler(1, 0, constantRows);

        using var deflated = new MemoryStream();
        using (var deflate = new DeflateStream(deflated, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            deflate.Write(constantRows);
            deflate.Flush(); // a sync flush: byte-aligned, and nothing after it can change these bytes
            _head = BuildHead(side, deflated.ToArray());
        }

        // The CRC covers the chunk type and its data: from "IDAT" to the end of the head.
        _crcAfterHead = Crc32.Append(Crc32.Start, _head.AsSpan(IdatTypeOffset));
        Length = _head.Length + 5 + _lastRow.Length + 4 + 4 + 12;
    }

    public int Side { get; }

    /// <summary>The size in bytes of every file <see cref="Create"/> returns.</summary>
    public int Length { get; }

    /// <summary>The PNG for <paramref name="variant"/>: the same picture, different bytes (and pixels) per variant.</summary>
    public byte[] Create(ulong variant)
    {
        var png = new byte[Length];
        _head.CopyTo(png, 0);
        var at = _head.Length;

        // The last row as a final stored block: BFINAL=1, BTYPE=00, then LEN and its one's complement.
        var tail = png.AsSpan(at);
        tail[0] = 0x01;
        BinaryPrimitives.WriteUInt16LittleEndian(tail[1..], (ushort)_lastRow.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(tail[3..], (ushort)~_lastRow.Length);
        var row = tail.Slice(5, _lastRow.Length);
        _lastRow.CopyTo(row);
        for (var bit = 0; bit < VariantBits; bit++)
        {
            // Pixel 1 + bit of the last row (white margin): blue 255 or 254, invisible.
            row[1 + (3 * (1 + bit)) + 2] = (byte)(255 - (int)((variant >> bit) & 1));
        }

        var (a, b) = Adler(_adlerA, _adlerB, row);
        BinaryPrimitives.WriteUInt32BigEndian(tail[(5 + row.Length)..], (b << 16) | a);
        var idatEnd = at + 5 + row.Length + 4;
        var crc = Crc32.Finish(Crc32.Append(_crcAfterHead, png.AsSpan(at, idatEnd - at)));
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(idatEnd), crc);
        WriteChunk(png.AsSpan(idatEnd + 4), "IEND", []);
        return png;
    }

    /// <summary>The RGB pixels (row-major, 3 bytes a pixel) of the seal with its noise.</summary>
    [SuppressMessage("Security", "CA5394:Do not use insecure randomness", Justification = "Deterministic test image, not security.")]
    private static byte[] Render(int side, int seed)
    {
        var info = new SKImageInfo(side, side, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var bitmap = new SKBitmap(info);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            var ink = new SKColor(0xD2, 0x1F, 0x26);
            float c = side / 2f, r = (side / 2f) - (side * 0.04f);
            using var stroke = new SKPaint { Color = ink, Style = SKPaintStyle.Stroke, StrokeWidth = side * 0.035f, IsAntialias = true };
            canvas.DrawCircle(c, c, r, stroke);
            stroke.StrokeWidth = side * 0.008f;
            canvas.DrawCircle(c, c, r - (side * 0.035f), stroke);

            using var fill = new SKPaint { Color = ink, Style = SKPaintStyle.Fill, IsAntialias = true };
            using (var star = new SKPath())
            {
                var outer = side * 0.13f;
                var inner = outer * 0.382f;
                for (var i = 0; i < 10; i++)
                {
                    var angle = (-Math.PI / 2) + (i * Math.PI / 5);
                    var radius = i % 2 == 0 ? outer : inner;
                    var point = new SKPoint(c + (float)(radius * Math.Cos(angle)), c + (float)(radius * Math.Sin(angle)));
                    if (i == 0)
                    {
                        star.MoveTo(point);
                    }
                    else
                    {
                        star.LineTo(point);
                    }
                }

                star.Close();
                canvas.DrawPath(star, fill);
            }

            // The organization name around the top and the seal's purpose below the star, as glyph-like strokes
            // (no CJK font is assumed on the machine).
            var random = new Random(seed);
            stroke.StrokeWidth = side * 0.012f;
            stroke.StrokeCap = SKStrokeCap.Round;
            for (var glyph = 0; glyph < 14; glyph++)
            {
                var angle = Math.PI * (1.1 + (glyph * 0.8 / 13));
                var gx = c + (float)((r - (side * 0.11f)) * Math.Cos(angle));
                var gy = c + (float)((r - (side * 0.11f)) * Math.Sin(angle));
                DrawGlyph(canvas, stroke, random, gx, gy, side * 0.05f);
            }

            for (var glyph = 0; glyph < 5; glyph++)
            {
                DrawGlyph(canvas, stroke, random, c + ((glyph - 2) * side * 0.085f), c + (side * 0.25f), side * 0.045f);
            }
        }

        var pixels = bitmap.GetPixelSpan();
        var rgb = new byte[side * side * 3];
        var noise = new Random(seed + 1);
        for (int i = 0, o = 0; i < pixels.Length; i += 4, o += 3)
        {
            int red = pixels[i], green = pixels[i + 1], blue = pixels[i + 2];
            var roll = noise.Next(100);
            if (red > 200 && green > 200)
            {
                // Paper: mostly white with fine grain.
                if (roll < 6)
                {
                    var grain = noise.Next(4, 22);
                    red -= grain / 2;
                    green -= grain;
                    blue -= grain;
                }
            }
            else if (roll < 14)
            {
                // Worn ink: pale spots in the strokes.
                var wear = noise.Next(30, 140);
                green += wear;
                blue += wear;
            }

            rgb[o] = (byte)Math.Clamp(red, 0, 255);
            rgb[o + 1] = (byte)Math.Clamp(green, 0, 255);
            rgb[o + 2] = (byte)Math.Clamp(blue, 0, 255);
        }

        // The last row stays clean white where the variant goes.
        rgb.AsSpan((side - 1) * side * 3).Fill(255);
        return rgb;
    }

    [SuppressMessage("Security", "CA5394:Do not use insecure randomness", Justification = "Deterministic test image, not security.")]
    private static void DrawGlyph(SKCanvas canvas, SKPaint paint, Random random, float x, float y, float size)
    {
        var half = size / 2;
        for (var stroke = 0; stroke < 4; stroke++)
        {
            var x0 = x - half + (float)(random.NextDouble() * size);
            var y0 = y - half + (float)(random.NextDouble() * size);
            var horizontal = random.Next(2) == 0;
            canvas.DrawLine(x0, y0, horizontal ? x0 + (size * 0.6f) : x0, horizontal ? y0 : y0 + (size * 0.6f), paint);
        }
    }

    private static byte[] BuildHead(int side, byte[] deflatedRows)
    {
        var rowLength = 1 + (3 * side);
        var idatLength = 2 + deflatedRows.Length + 5 + rowLength + 4;
        var head = new byte[Signature.Length + (12 + 13) + (12 + 9) + 8 + 2 + deflatedRows.Length];
        var span = head.AsSpan();
        Signature.CopyTo(span);
        var at = Signature.Length;

        Span<byte> ihdr = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, side);
        BinaryPrimitives.WriteInt32BigEndian(ihdr[4..], side);
        ihdr[8] = 8;  // bit depth
        ihdr[9] = 2;  // colour type: RGB
        ihdr[10] = 0; // deflate
        ihdr[11] = 0; // adaptive filtering (every row uses None)
        ihdr[12] = 0; // not interlaced
        at += WriteChunk(span[at..], "IHDR", ihdr);

        Span<byte> phys = stackalloc byte[9];
        var perMetre = (int)Math.Round(Dpi / 0.0254);
        BinaryPrimitives.WriteInt32BigEndian(phys, perMetre);
        BinaryPrimitives.WriteInt32BigEndian(phys[4..], perMetre);
        phys[8] = 1; // unit: metre
        at += WriteChunk(span[at..], "pHYs", phys);

        BinaryPrimitives.WriteInt32BigEndian(span[at..], idatLength);
        span[at + 4] = (byte)'I';
        span[at + 5] = (byte)'D';
        span[at + 6] = (byte)'A';
        span[at + 7] = (byte)'T';
        span[at + 8] = 0x78; // zlib: deflate, 32 KB window
        span[at + 9] = 0xDA; // maximum compression, no dictionary; (0x78DA % 31 == 0)
        deflatedRows.CopyTo(span[(at + 10)..]);
        return head;
    }

    private static int WriteChunk(Span<byte> destination, string type, ReadOnlySpan<byte> data)
    {
        BinaryPrimitives.WriteInt32BigEndian(destination, data.Length);
        for (var i = 0; i < 4; i++)
        {
            destination[4 + i] = (byte)type[i];
        }

        data.CopyTo(destination[8..]);
        var crc = Crc32.Compute(destination.Slice(4, 4 + data.Length));
        BinaryPrimitives.WriteUInt32BigEndian(destination[(8 + data.Length)..], crc);
        return 12 + data.Length;
    }

    private static (uint A, uint B) Adler(uint a, uint b, ReadOnlySpan<byte> data)
    {
        const uint Modulus = 65521;
        while (!data.IsEmpty)
        {
            // 5552 bytes is the most that can be summed before the 32-bit sums must be reduced.
            var block = data[..Math.Min(data.Length, 5552)];
            foreach (var value in block)
            {
                a += value;
                b += a;
            }

            a %= Modulus;
            b %= Modulus;
            data = data[block.Length..];
        }

        return (a, b);
    }
}
