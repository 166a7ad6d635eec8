namespace SealGuard.Web.Infrastructure.Imaging;

/// <summary>Resolution in dots per inch, per axis; null where the file does not say.</summary>
internal readonly record struct ImageResolution(double? DpiX, double? DpiY)
{
    public static ImageResolution Unknown => default;
}
