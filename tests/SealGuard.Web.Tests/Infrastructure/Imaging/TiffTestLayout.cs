namespace SealGuard.Web.Tests.Infrastructure.Imaging;

/// <summary>Pixel layouts <see cref="TiffTestWriter"/> can write.</summary>
internal enum TiffTestLayout
{
    Rgb,
    Gray,
    Bilevel,
}
