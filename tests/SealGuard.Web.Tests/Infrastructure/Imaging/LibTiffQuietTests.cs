using BitMiracle.LibTiff.Classic;
using SealGuard.Web.Infrastructure.Imaging;

namespace SealGuard.Web.Tests.Infrastructure.Imaging;

[Collection(nameof(ConsoleCaptureGroup))]
public sealed class LibTiffQuietTests
{
    [Fact]
    public void Corrupt_tiff_is_rejected_without_libtiff_writing_to_stderr()
    {
        var tiff = TiffTestStructure.WithLastStripBeyondEnd(
            TiffTestWriter.Write(32, 32, TestImages.Pattern, compression: Compression.LZW));
        var originalError = Console.Error;
        using var captured = new StringWriter();
        Console.SetError(captured);
        try
        {
            new ImageInspector().Inspect(tiff, null, ImageLimits.Default).ShouldBeRejected(ImageRejectionCodes.Corrupt);
        }
        finally
        {
            Console.SetError(originalError);
        }

        captured.ToString().ShouldBeEmpty();
    }
}
