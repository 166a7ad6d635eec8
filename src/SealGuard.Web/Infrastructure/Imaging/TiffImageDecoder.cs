using BitMiracle.LibTiff.Classic;
using SkiaSharp;

namespace SealGuard.Web.Infrastructure.Imaging;

/// <summary>
/// Decodes the first page of a TIFF with LibTiff.NET (SkiaSharp has no TIFF codec) into an RGBA
/// <see cref="SKBitmap"/>, so TIFF goes through the same PNG and thumbnail path as the other formats.
/// </summary>
internal static class TiffImageDecoder
{
    /// <summary>Returns the decoded first page, or null when LibTiff reports any error or the data is unusable.</summary>
    public static SKBitmap? Decode(ReadOnlySpan<byte> bytes, int expectedWidth, int expectedHeight)
    {
        var pixelCount = (long)expectedWidth * expectedHeight;
        if (pixelCount > Array.MaxLength)
        {
            return null;
        }

        QuietTiffErrorHandler.EnsureInstalled();
        QuietTiffErrorHandler.ResetErrorCount();
        try
        {
            using var stream = new MemoryStream(bytes.ToArray(), writable: false);
            using var tiff = Tiff.ClientOpen("upload.tif", "r", stream, new TiffStream());
            if (tiff is null
                || tiff.GetField(TiffTag.IMAGEWIDTH)?[0].ToInt() != expectedWidth
                || tiff.GetField(TiffTag.IMAGELENGTH)?[0].ToInt() != expectedHeight)
            {
                return null;
            }

            // ReadRGBAImage fills the raster bottom-up (origin at the lower left); ask for top-left rows instead,
            // which is Skia's order. stopOnError turns a bad strip or tile into a false result instead of a blank band.
            var raster = new int[pixelCount];
            if (!tiff.ReadRGBAImageOriented(expectedWidth, expectedHeight, raster, Orientation.TOPLEFT, true)
                || QuietTiffErrorHandler.ErrorCount > 0)
            {
                return null;
            }

            return ToBitmap(raster, expectedWidth, expectedHeight);
        }
#pragma warning disable CA1031 // LibTiff.NET throws assorted exceptions on malformed input; all of them mean "corrupt".
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    private static SKBitmap ToBitmap(int[] raster, int width, int height)
    {
        // Each raster value packs A<<24 | B<<16 | G<<8 | R; unpack explicitly so byte order never matters.
        var opaque = true;
        foreach (var pixel in raster)
        {
            if ((uint)pixel >> 24 != 0xFF)
            {
                opaque = false;
                break;
            }
        }

        // LibTiff delivers associated (premultiplied) alpha.
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, opaque ? SKAlphaType.Opaque : SKAlphaType.Premul);
        var bitmap = new SKBitmap(info);
        var pixels = bitmap.GetPixelSpan();
        var rowBytes = bitmap.RowBytes;
        for (var y = 0; y < height; y++)
        {
            var row = pixels.Slice(y * rowBytes, width * 4);
            var source = raster.AsSpan(y * width, width);
            for (var x = 0; x < width; x++)
            {
                var value = (uint)source[x];
                row[(x * 4) + 0] = (byte)value;
                row[(x * 4) + 1] = (byte)(value >> 8);
                row[(x * 4) + 2] = (byte)(value >> 16);
                row[(x * 4) + 3] = (byte)(value >> 24);
            }
        }

        return bitmap;
    }
}
