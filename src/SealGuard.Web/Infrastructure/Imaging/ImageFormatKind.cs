namespace SealGuard.Web.Infrastructure.Imaging;

/// <summary>Image container formats accepted for seal imprints and filing documents.</summary>
public enum ImageFormatKind
{
    Png,
    Jpeg,
    Bmp,
    Tiff,
}
