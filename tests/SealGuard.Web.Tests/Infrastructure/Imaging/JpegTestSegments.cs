using System.Buffers.Binary;
using System.Text;

namespace SealGuard.Web.Tests.Infrastructure.Imaging;

/// <summary>Rewrites the APPn segments of an encoded JPEG to plant JFIF densities and EXIF resolutions.</summary>
internal static class JpegTestSegments
{
    /// <summary>JFIF APP0 payload: identifier, version 1.02, units, densities, no thumbnail.</summary>
    public static byte[] JfifPayload(byte units, ushort xDensity, ushort yDensity)
    {
        var payload = new byte[14];
        Encoding.ASCII.GetBytes("JFIF\0", payload);
        payload[5] = 1;
        payload[6] = 2;
        payload[7] = units;
        BinaryPrimitives.WriteUInt16BigEndian(payload.AsSpan(8), xDensity);
        BinaryPrimitives.WriteUInt16BigEndian(payload.AsSpan(10), yDensity);
        return payload;
    }

    /// <summary>EXIF APP1 payload: "Exif\0\0" followed by a TIFF structure.</summary>
    public static byte[] ExifPayload(byte[] tiffStructure) => [.. "Exif\0\0"u8, .. tiffStructure];

    /// <summary>
    /// Drops every APP0/APP1 segment of <paramref name="jpeg"/> and puts the given ones right after SOI, in order.
    /// </summary>
    public static byte[] WithAppSegments(byte[] jpeg, params (byte Marker, byte[] Payload)[] segments)
    {
        var output = new List<byte> { 0xFF, 0xD8 };
        foreach (var (marker, payload) in segments)
        {
            output.AddRange(Segment(marker, payload));
        }

        var position = 2;
        while (true)
        {
            jpeg[position].ShouldBe((byte)0xFF);
            var marker = jpeg[position + 1];
            if (marker == 0xDA)
            {
                // Start of scan: copy the rest (scan data and EOI) unchanged.
                output.AddRange(jpeg.AsSpan(position).ToArray());
                return [.. output];
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(position + 2));
            if (marker is not (0xE0 or 0xE1))
            {
                output.AddRange(jpeg.AsSpan(position, 2 + length).ToArray());
            }

            position += 2 + length;
        }
    }

    /// <summary>A minimal header-only JPEG for reader tests: SOI, the segments, SOS, EOI.</summary>
    public static byte[] HeaderOnly(params (byte Marker, byte[] Payload)[] segments)
    {
        var output = new List<byte> { 0xFF, 0xD8 };
        foreach (var (marker, payload) in segments)
        {
            output.AddRange(Segment(marker, payload));
        }

        output.AddRange(Segment(0xDA, new byte[6]));
        output.AddRange([0xFF, 0xD9]);
        return [.. output];
    }

    public static byte[] Segment(byte marker, byte[] payload)
    {
        var segment = new byte[4 + payload.Length];
        segment[0] = 0xFF;
        segment[1] = marker;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(segment, 4);
        return segment;
    }
}
