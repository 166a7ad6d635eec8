using SkiaSharp;

namespace SealGuard.Web.Seeding.Demo;

/// <summary>Small synthetic images for demo uploads: a document scan and a red round imprint (no text: no font needed).</summary>
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

    public static byte[] Imprint(int variant)
    {
        using var surface = SKSurface.Create(new SKImageInfo(400, 400));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        using var red = new SKPaint { Color = new SKColor(200, 16, 46), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 10 + variant };
        canvas.DrawCircle(200, 200, 180, red);
        red.Style = SKPaintStyle.Fill;
        using var star = new SKPath();
        for (var i = 0; i < 10; i++)
        {
            var radius = i % 2 == 0 ? 60 : 24;
            var angle = (Math.PI / 5 * i) - (Math.PI / 2);
            var point = new SKPoint(200 + (float)(radius * Math.Cos(angle)), 200 + (float)(radius * Math.Sin(angle)));
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
        canvas.DrawPath(star, red);
        return Encode(surface);
    }

    private static byte[] Encode(SKSurface surface)
    {
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
