using BitMiracle.LibTiff.Classic;
using SkiaSharp;

namespace SealGuard.Web.Tests.Infrastructure.Imaging;

/// <summary>Writes small TIFF files with LibTiff.NET.</summary>
internal static class TiffTestWriter
{
    /// <summary>
    /// The hostile upload: an all-white bilevel page, Deflate-compressed, so a few kilobytes declare (and really
    /// decode to) <paramref name="width"/> × <paramref name="height"/> pixels.
    /// </summary>
    public static byte[] BlankPage(int width, int height) =>
        Write(width, height, static (_, _) => SKColors.White, TiffTestLayout.Bilevel, Compression.ADOBE_DEFLATE);

    public static byte[] Write(
        int width,
        int height,
        Func<int, int, SKColor> pixel,
        TiffTestLayout layout = TiffTestLayout.Rgb,
        Compression compression = Compression.NONE,
        float? xResolution = 600,
        float? yResolution = 600,
        ResUnit? unit = ResUnit.INCH,
        bool bigEndian = false)
    {
        var stream = new MemoryStream();
        using (var tiff = Tiff.ClientOpen("test.tif", bigEndian ? "wb" : "wl", stream, new TiffStream()))
        {
            tiff.SetField(TiffTag.IMAGEWIDTH, width);
            tiff.SetField(TiffTag.IMAGELENGTH, height);
            tiff.SetField(TiffTag.PLANARCONFIG, PlanarConfig.CONTIG);
            tiff.SetField(TiffTag.COMPRESSION, compression);

            // Several strips, so a damaged last strip leaves earlier ones intact.
            tiff.SetField(TiffTag.ROWSPERSTRIP, Math.Max(1, height / 4));
            switch (layout)
            {
                case TiffTestLayout.Rgb:
                    tiff.SetField(TiffTag.SAMPLESPERPIXEL, 3);
                    tiff.SetField(TiffTag.BITSPERSAMPLE, 8);
                    tiff.SetField(TiffTag.PHOTOMETRIC, Photometric.RGB);
                    break;
                case TiffTestLayout.Gray:
                    tiff.SetField(TiffTag.SAMPLESPERPIXEL, 1);
                    tiff.SetField(TiffTag.BITSPERSAMPLE, 8);
                    tiff.SetField(TiffTag.PHOTOMETRIC, Photometric.MINISBLACK);
                    break;
                default:
                    tiff.SetField(TiffTag.SAMPLESPERPIXEL, 1);
                    tiff.SetField(TiffTag.BITSPERSAMPLE, 1);
                    tiff.SetField(TiffTag.PHOTOMETRIC, Photometric.MINISWHITE);
                    break;
            }

            if (xResolution is { } x)
            {
                tiff.SetField(TiffTag.XRESOLUTION, x);
            }

            if (yResolution is { } y)
            {
                tiff.SetField(TiffTag.YRESOLUTION, y);
            }

            if (unit is { } u)
            {
                tiff.SetField(TiffTag.RESOLUTIONUNIT, u);
            }

            var row = new byte[layout switch
            {
                TiffTestLayout.Rgb => width * 3,
                TiffTestLayout.Gray => width,
                _ => (width + 7) / 8,
            }];
            for (var yy = 0; yy < height; yy++)
            {
                Array.Clear(row);
                for (var xx = 0; xx < width; xx++)
                {
                    var color = pixel(xx, yy);
                    switch (layout)
                    {
                        case TiffTestLayout.Rgb:
                            row[xx * 3] = color.Red;
                            row[(xx * 3) + 1] = color.Green;
                            row[(xx * 3) + 2] = color.Blue;
                            break;
                        case TiffTestLayout.Gray:
                            row[xx] = color.Red;
                            break;
                        default:
                            // MinIsWhite: a set bit is black; treat dark pixels as ink.
                            if (color.Red < 128)
                            {
                                row[xx / 8] |= (byte)(0x80 >> (xx % 8));
                            }

                            break;
                    }
                }

                tiff.WriteScanline(row, yy).ShouldBeTrue();
            }
        }

        // Disposing the Tiff closes the stream; ToArray still works on a closed MemoryStream.
        return stream.ToArray();
    }
}
