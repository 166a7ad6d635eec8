using System.Globalization;
using SealGuard.Web.Infrastructure.Fonts;
using SkiaSharp;

namespace SealGuard.Web.Features.Verification;

/// <summary>
/// The imprint as the public sees it: shrunk to at most <see cref="MaxSide"/> pixels (too coarse to engrave or print a
/// forgery from) with "仅供核验 · date" drawn diagonally across it, in the packaged Song face.
/// </summary>
public static class VerificationWatermark
{
    public const int MaxSide = 160;

    public static string Text(DateOnly day) => "仅供核验 · " + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The watermarked PNG of an imprint thumbnail, or <see langword="null"/> when it cannot be decoded.</summary>
    public static byte[]? Apply(byte[] thumbnailPng, DateOnly day)
    {
        using var source = SKBitmap.Decode(thumbnailPng);
        if (source is null)
        {
            return null;
        }

        var scale = Math.Min(1.0, (double)MaxSide / Math.Max(source.Width, source.Height));
        var (width, height) = (Math.Max(1, (int)Math.Round(source.Width * scale)), Math.Max(1, (int)Math.Round(source.Height * scale)));
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        using (var image = SKImage.FromBitmap(source))
        {
            canvas.DrawImage(image, new SKRect(0, 0, width, height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        }

        // Repeated along the diagonal so no part of the imprint can be cropped out clean.
        using var font = new SKFont(CjkFonts.Song, Math.Max(10f, width / 9f));
        using var paint = new SKPaint { Color = new SKColor(60, 60, 60, 150), IsAntialias = true };
        var text = Text(day);
        canvas.Save();
        canvas.Translate(width / 2f, height / 2f);
        canvas.RotateDegrees(-35);
        var lineHeight = font.Size * 2.2f;
        var diagonal = (float)Math.Sqrt((width * width) + (height * height));
        for (var y = -diagonal / 2; y <= diagonal / 2; y += lineHeight)
        {
            canvas.DrawText(text, 0, y + (font.Size / 2), SKTextAlign.Center, font, paint);
        }

        canvas.Restore();
        using var snapshot = surface.Snapshot();
        using var data = snapshot.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
