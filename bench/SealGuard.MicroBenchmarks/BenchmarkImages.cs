using System.Diagnostics.CodeAnalysis;
using SkiaSharp;

namespace SealGuard.MicroBenchmarks;

/// <summary>
/// Deterministic synthetic upload images, drawn with SkiaSharp (no font, no file): a scanned round imprint as PNG
/// with a 600 dpi pHYs chunk, and a phone photo of a document as JPEG. The same seed gives the same bytes.
/// </summary>
[SuppressMessage("Security", "CA5394:Do not use insecure randomness", Justification = "Reproducible synthetic pixels, not security.")]
public static class BenchmarkImages
{
    /// <summary>Pixels per metre of 600 dpi, as a flatbed scanner writes it.</summary>
    private const uint Dpi600PixelsPerMetre = 23622;

    /// <summary>Share of ink pixels (percent) left pale; with the darker spots it sets how well the PNG compresses (about 55 KB at 3).</summary>
    private const int InkSpeckPercent = 3;

    /// <summary>
    /// A red round imprint (ring, star, character-like strokes along the ring, a code line) with the uneven ink of a real
    /// stamp, off-white paper, 600×600 px, PNG of about 55 KB with <c>pHYs</c> = 600 dpi.
    /// </summary>
    public static byte[] ImprintPng(int seed = 1)
    {
        const int size = 600;
        var random = new Random(seed);
        using var surface = SKSurface.Create(new SKImageInfo(size, size, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var canvas = surface.Canvas;
        canvas.Clear(new SKColor(250, 250, 247));

        using var ink = new SKPaint { Color = new SKColor(196, 18, 48), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 14 };
        const float centre = size / 2f;
        canvas.DrawCircle(centre, centre, 270, ink);

        ink.Style = SKPaintStyle.Fill;
        using (var star = new SKPath())
        {
            for (var i = 0; i < 10; i++)
            {
                var radius = i % 2 == 0 ? 80 : 32;
                var angle = (Math.PI / 5 * i) - (Math.PI / 2);
                var point = new SKPoint(centre + (float)(radius * Math.Cos(angle)), centre + (float)(radius * Math.Sin(angle)));
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
            canvas.DrawPath(star, ink);
        }

        // Sixteen "characters" along the upper arc, each a few random strokes in a 44 px cell.
        ink.Style = SKPaintStyle.Stroke;
        ink.StrokeWidth = 6;
        for (var c = 0; c < 16; c++)
        {
            var angle = 200 + (c * 140f / 15);
            canvas.Save();
            canvas.RotateDegrees(angle + 90, centre, centre);
            canvas.Translate(centre - 22, centre - 250);
            DrawGlyph(canvas, ink, random);
            canvas.Restore();
        }

        // The seal code along the bottom: thirteen narrow glyphs in a straight line.
        ink.StrokeWidth = 4;
        for (var c = 0; c < 13; c++)
        {
            canvas.Save();
            canvas.Translate(centre - 195 + (c * 30), centre + 150);
            canvas.Scale(0.55f, 0.7f);
            DrawGlyph(canvas, ink, random);
            canvas.Restore();
        }

        using var image = surface.Snapshot();
        using var bitmap = SKBitmap.FromImage(image);
        AddInkTexture(bitmap, random);
        return WithPhys600Dpi(Encode(bitmap, SKEncodedImageFormat.Png, 100));
    }

    /// <summary>
    /// A phone photo of a paper form on a desk: shaded background, a slightly rotated white sheet with text lines, a red
    /// imprint and sensor noise; 1600×1200 px JPEG at quality 85 (a few hundred KB, no resolution metadata).
    /// </summary>
    public static byte[] PhotoJpeg(int seed = 2)
    {
        const int width = 1600;
        const int height = 1200;
        var random = new Random(seed);
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var canvas = surface.Canvas;
        using (var desk = new SKPaint())
        {
            desk.Shader = SKShader.CreateLinearGradient(
                new SKPoint(0, 0),
                new SKPoint(width, height),
                [new SKColor(122, 92, 64), new SKColor(168, 132, 96), new SKColor(96, 70, 50)],
                SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, width, height, desk);
        }

        canvas.Save();
        canvas.RotateDegrees(-3.5f, width / 2f, height / 2f);
        using (var paper = new SKPaint { Color = new SKColor(238, 236, 228), IsAntialias = true })
        {
            canvas.DrawRect(260, 90, 1080, 1020, paper);
        }

        using (var text = new SKPaint { Color = new SKColor(40, 40, 48), IsAntialias = true, StrokeWidth = 5 })
        {
            for (var y = 170; y < 1000; y += 34)
            {
                var x = 320f;
                var end = 1280f - (random.Next(0, 5) == 0 ? random.Next(100, 600) : 0);
                while (x < end)
                {
                    var word = random.Next(18, 90);
                    canvas.DrawLine(x, y, Math.Min(x + word, end), y, text);
                    x += word + random.Next(10, 22);
                }
            }
        }

        using (var stamp = new SKPaint { Color = new SKColor(200, 20, 50, 200), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 8 })
        {
            canvas.DrawCircle(1080, 860, 120, stamp);
        }

        canvas.Restore();

        using var image = surface.Snapshot();
        using var bitmap = SKBitmap.FromImage(image);
        AddSensorNoise(bitmap, random);
        return Encode(bitmap, SKEncodedImageFormat.Jpeg, 85);
    }

    private static void DrawGlyph(SKCanvas canvas, SKPaint ink, Random random)
    {
        var strokes = random.Next(3, 7);
        for (var s = 0; s < strokes; s++)
        {
            if (random.Next(2) == 0)
            {
                var y = random.Next(4, 40);
                canvas.DrawLine(random.Next(0, 14), y, random.Next(30, 44), y, ink);
            }
            else
            {
                var x = random.Next(4, 40);
                canvas.DrawLine(x, random.Next(0, 14), x + random.Next(-8, 9), random.Next(30, 44), ink);
            }
        }
    }

    /// <summary>Uneven ink where the stamp is: pale specks where the rubber did not print, and a few darker spots.</summary>
    private static void AddInkTexture(SKBitmap bitmap, Random random)
    {
        var pixels = bitmap.Pixels;
        for (var i = 0; i < pixels.Length; i++)
        {
            var p = pixels[i];
            if (p.Red > p.Green + 60)
            {
                pixels[i] = random.Next(100) switch
                {
                    < InkSpeckPercent => new SKColor(236, 170, 176),
                    < InkSpeckPercent + 1 => new SKColor((byte)(p.Red - 40), p.Green, p.Blue),
                    _ => p,
                };
            }
        }

        bitmap.Pixels = pixels;
    }

    private static void AddSensorNoise(SKBitmap bitmap, Random random)
    {
        var pixels = bitmap.Pixels;
        for (var i = 0; i < pixels.Length; i++)
        {
            var p = pixels[i];
            var n = random.Next(-6, 7);
            pixels[i] = new SKColor(
                (byte)Math.Clamp(p.Red + n, 0, 255),
                (byte)Math.Clamp(p.Green + n, 0, 255),
                (byte)Math.Clamp(p.Blue + n, 0, 255));
        }

        bitmap.Pixels = pixels;
    }

    private static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format, int quality)
    {
        using var data = bitmap.Encode(format, quality)
            ?? throw new InvalidOperationException($"SkiaSharp could not encode the synthetic image as {format}.");
        return data.ToArray();
    }

    /// <summary>Inserts a <c>pHYs</c> chunk (600 dpi) right after <c>IHDR</c>, as a scanner writes it.</summary>
    private static byte[] WithPhys600Dpi(byte[] png)
    {
        const int afterIhdr = 8 + 4 + 4 + 13 + 4;
        var chunk = new byte[4 + 4 + 9 + 4];
        WriteUInt32(chunk, 0, 9);
        "pHYs"u8.CopyTo(chunk.AsSpan(4));
        WriteUInt32(chunk, 8, Dpi600PixelsPerMetre);
        WriteUInt32(chunk, 12, Dpi600PixelsPerMetre);
        chunk[16] = 1; // unit: metre
        WriteUInt32(chunk, 17, Crc32(chunk.AsSpan(4, 4 + 9)));
        return [.. png.AsSpan(0, afterIhdr), .. chunk, .. png.AsSpan(afterIhdr)];
    }

    private static void WriteUInt32(byte[] buffer, int offset, uint value) =>
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(buffer.AsSpan(offset), value);

    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
