using System.Buffers.Binary;
using SealGuard.Web.Infrastructure.Imaging;

namespace SealGuard.Web.Tests.Infrastructure.Imaging;

public sealed class PngPhysChunkTests
{
    [Fact]
    public void Inserted_chunk_follows_IHDR_has_a_valid_crc_and_the_png_still_decodes()
    {
        var png = TestImages.Png(12, 8);

        var withPhys = PngPhysChunk.Insert(png, 600, 300);

        PngTestChunks.ChunkTypes(withPhys)[..2].ShouldBe(["IHDR", "pHYs"]);
        var phys = PngTestChunks.Find(withPhys, "pHYs"); // Find checks every CRC on the way
        phys.ShouldNotBeNull();
        BinaryPrimitives.ReadUInt32BigEndian(phys).ShouldBe(23622u);
        BinaryPrimitives.ReadUInt32BigEndian(phys.AsSpan(4)).ShouldBe(11811u);
        phys[8].ShouldBe((byte)1);
        using var decoded = TestImages.DecodePng(withPhys);
        decoded.Width.ShouldBe(12);
        ImageResolutionReader.ReadPng(withPhys).ShouldBe(new ImageResolution(600, 300));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(1e12)]
    public void Unrepresentable_resolution_leaves_the_png_unchanged(double dpi)
    {
        var png = TestImages.Png(3, 3);

        PngPhysChunk.Insert(png, dpi, 300).ShouldBe(png);
    }
}
