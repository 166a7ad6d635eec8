namespace SealGuard.Web.Infrastructure.Imaging;

/// <summary>The stable values of <see cref="ImageRejection.Code"/>; clients and tests match on these.</summary>
public static class ImageRejectionCodes
{
    public const string Empty = "Image.Empty";
    public const string TooLarge = "Image.TooLarge";
    public const string UnsupportedFormat = "Image.UnsupportedFormat";
    public const string Corrupt = "Image.Corrupt";
    public const string TooManyPixels = "Image.TooManyPixels";
    public const string FormatMismatch = "Image.FormatMismatch";
    public const string DecodeTooLarge = "Image.DecodeTooLarge";
}
