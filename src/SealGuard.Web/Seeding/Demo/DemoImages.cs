using SkiaSharp;

namespace SealGuard.Web.Seeding.Demo;

/// <summary>A small synthetic document scan for demo uploads (imprints are drawn from their faces by the seal-face renderer).</summary>
internal static class DemoImages
{
    public static byte[] Document()
    {
        using var surface = SKSurface.Create(new SKImageInfo(420, 594));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        using var line = new SKPaint { Color = new SKColor(180, 180, 180), StrokeWidth = 3 };
        for (var y = 80; y < 560; y += 28)
        {
            canvas.DrawLine(40, y, 380, y, line);
        }

        return Encode(surface);
    }

    private static byte[] Encode(SKSurface surface)
    {
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
