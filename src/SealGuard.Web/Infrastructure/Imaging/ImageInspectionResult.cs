using System.Diagnostics.CodeAnalysis;

namespace SealGuard.Web.Infrastructure.Imaging;

/// <summary>Outcome of <see cref="ImageInspector.Inspect"/>: either an image or a rejection, never both.</summary>
public sealed class ImageInspectionResult
{
    private ImageInspectionResult(InspectedImage? image, ImageRejection? rejection)
    {
        Image = image;
        Rejection = rejection;
    }

    public InspectedImage? Image { get; }

    public ImageRejection? Rejection { get; }

    [MemberNotNullWhen(true, nameof(Image))]
    [MemberNotNullWhen(false, nameof(Rejection))]
    public bool IsSuccess => Image is not null;

    public static ImageInspectionResult Success(InspectedImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        return new ImageInspectionResult(image, null);
    }

    public static ImageInspectionResult Reject(ImageRejection rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        return new ImageInspectionResult(null, rejection);
    }

    public static ImageInspectionResult Reject(string code, string message) =>
        Reject(new ImageRejection(code, message));
}
