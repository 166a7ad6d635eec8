using System.Buffers.Binary;

namespace SealGuard.Web.Infrastructure.Imaging;

/// <summary>
/// Reads the stored resolution of each supported format from its header. Kept apart from decoding because
/// SkiaSharp does not expose it and GA 241.3 style records need it.
/// </summary>
internal static class ImageResolutionReader
{
    private const double MetersPerInch = 0.0254;
    private const double CentimetersPerInch = 2.54;

    public static ImageResolution Read(ReadOnlySpan<byte> bytes, ImageFormatKind format) => format switch
    {
        ImageFormatKind.Png => ReadPng(bytes),
        ImageFormatKind.Jpeg => ReadJpeg(bytes),
        ImageFormatKind.Bmp => ReadBmp(bytes),
        ImageFormatKind.Tiff => ReadTiff(bytes),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>PNG pHYs: pixels per unit X (4), Y (4), unit (1); only unit 1 (metre) is an absolute resolution.</summary>
    public static ImageResolution ReadPng(ReadOnlySpan<byte> png)
    {
        var position = 8;
        while (position + 8 <= png.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(png[position..]);
            var type = png.Slice(position + 4, 4);
            var dataStart = position + 8;
            if (length > int.MaxValue || dataStart + (long)length > png.Length)
            {
                break;
            }

            // pHYs must come before the first IDAT, so stop there.
            if (type.SequenceEqual("IDAT"u8) || type.SequenceEqual("IEND"u8))
            {
                break;
            }

            if (type.SequenceEqual("pHYs"u8) && length >= 9)
            {
                var data = png.Slice(dataStart, 9);
                if (data[8] != 1)
                {
                    return ImageResolution.Unknown;
                }

                return new ImageResolution(
                    FromPerMeter(BinaryPrimitives.ReadUInt32BigEndian(data)),
                    FromPerMeter(BinaryPrimitives.ReadUInt32BigEndian(data[4..])));
            }

            // Skip data and the 4-byte CRC.
            position = dataStart + (int)length + 4;
        }

        return ImageResolution.Unknown;
    }

    /// <summary>
    /// JPEG: the JFIF APP0 density when it has an absolute unit (1 = dpi, 2 = dots per cm);
    /// otherwise EXIF XResolution/YResolution/ResolutionUnit from APP1.
    /// </summary>
    public static ImageResolution ReadJpeg(ReadOnlySpan<byte> jpeg)
    {
        var exif = ImageResolution.Unknown;
        var position = 2;
        while (JpegSegmentReader.TryReadNext(jpeg, ref position, out var marker, out var payload))
        {
            if (marker == JpegSegmentReader.App0 && payload.Length >= 12 && payload.StartsWith("JFIF\0"u8))
            {
                // Identifier (5), version (2), units (1), Xdensity (2), Ydensity (2).
                var units = payload[7];
                double xDensity = BinaryPrimitives.ReadUInt16BigEndian(payload[8..]);
                double yDensity = BinaryPrimitives.ReadUInt16BigEndian(payload[10..]);
                var perInch = units switch
                {
                    1 => 1.0,
                    2 => CentimetersPerInch,
                    _ => 0.0,
                };
                if (perInch > 0 && xDensity > 0 && yDensity > 0)
                {
                    return new ImageResolution(Round(xDensity * perInch), Round(yDensity * perInch));
                }
            }
            else if (marker == JpegSegmentReader.App1 && payload.StartsWith("Exif\0\0"u8) && exif == ImageResolution.Unknown)
            {
                exif = ReadTiffStructure(payload[6..]);
            }
        }

        return exif;
    }

    /// <summary>BMP BITMAPINFOHEADER biXPelsPerMeter/biYPelsPerMeter; 0 means unspecified.</summary>
    public static ImageResolution ReadBmp(ReadOnlySpan<byte> bmp)
    {
        // File header (14) + header size (4); the pels-per-meter fields sit at 38 and 42 in a 40+ byte header.
        if (bmp.Length < 46 || BinaryPrimitives.ReadUInt32LittleEndian(bmp[14..]) < 40)
        {
            return ImageResolution.Unknown;
        }

        var x = BinaryPrimitives.ReadInt32LittleEndian(bmp[38..]);
        var y = BinaryPrimitives.ReadInt32LittleEndian(bmp[42..]);
        return new ImageResolution(
            x > 0 ? FromPerMeter((uint)x) : null,
            y > 0 ? FromPerMeter((uint)y) : null);
    }

    /// <summary>TIFF XResolution/YResolution with ResolutionUnit (1 none, 2 inch, 3 cm; inch when absent).</summary>
    public static ImageResolution ReadTiff(ReadOnlySpan<byte> tiff) => ReadTiffStructure(tiff);

    private static ImageResolution ReadTiffStructure(ReadOnlySpan<byte> tiff)
    {
        var perInch = 1.0;
        if (TiffIfdReader.TryReadNumber(tiff, TiffIfdReader.ResolutionUnitTag, out var unit))
        {
            perInch = unit switch
            {
                2 => 1.0,
                3 => CentimetersPerInch,
                _ => 0.0, // 1 = no absolute unit: only an aspect ratio.
            };
        }

        if (perInch == 0)
        {
            return ImageResolution.Unknown;
        }

        double? x = TiffIfdReader.TryReadNumber(tiff, TiffIfdReader.XResolutionTag, out var xRes) && xRes > 0
            ? Round(xRes * perInch)
            : null;
        double? y = TiffIfdReader.TryReadNumber(tiff, TiffIfdReader.YResolutionTag, out var yRes) && yRes > 0
            ? Round(yRes * perInch)
            : null;
        return new ImageResolution(x, y);
    }

    private static double? FromPerMeter(uint pixelsPerMeter) =>
        pixelsPerMeter == 0 ? null : Round(pixelsPerMeter * MetersPerInch);

    private static double Round(double dpi) => Math.Round(dpi, 2, MidpointRounding.AwayFromZero);
}
