using System.Text;
using SealGuard.Core.Checksums;

namespace SealGuard.Core.Tests.Checksums;

public sealed class Crc32Tests
{
    [Theory]
    [InlineData("", 0x00000000u)]
    [InlineData("123456789", 0xCBF43926u)]
    [InlineData("IEND", 0xAE426082u)]
    public void Computes_the_iso_3309_check_value(string text, uint expected) =>
        Crc32.Compute(Encoding.ASCII.GetBytes(text)).ShouldBe(expected);

    [Fact]
    public void Appending_in_pieces_gives_the_same_value_as_one_pass()
    {
        var bytes = Encoding.UTF8.GetBytes("印章业治安管理系统 seal imprint");
        var running = Crc32.Append(Crc32.Start, bytes.AsSpan(0, 7));
        Crc32.Finish(Crc32.Append(running, bytes.AsSpan(7))).ShouldBe(Crc32.Compute(bytes));
    }
}
