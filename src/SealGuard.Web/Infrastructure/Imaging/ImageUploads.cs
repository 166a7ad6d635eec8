using Microsoft.Extensions.Options;
using SealGuard.Web.Hosting;
using SealGuard.Web.Infrastructure.Blobs;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Infrastructure.Imaging;

/// <summary>An uploaded image that decoded cleanly, not yet stored.</summary>
public sealed record CheckedImage(InspectedImage Image, byte[] Content, string FileName);

/// <summary>An uploaded image whose original, normalized PNG and thumbnail are in the blob store.</summary>
public sealed record StoredImage(InspectedImage Image, string OriginalSha256, string NormalizedSha256, string ThumbnailSha256, long ByteSize, string FileName);

/// <summary>
/// Uploaded images in two steps, so a refused upload leaves nothing behind: <see cref="CheckAsync"/> inspects it
/// (real decode, size, pixel and decode-memory caps, at most a few at once) and writes nothing; the handler then
/// checks who may attach it where, and only then <see cref="StoreAsync"/> writes its three renditions, inside the
/// handler's transaction (content addressing makes a blob of a transaction that fails to commit harmless).
/// </summary>
public sealed class ImageUploads(ImageInspector inspector, ImageWorkLimiter limiter, IBlobStore blobs, IOptions<SealGuardOptions> options)
{
    public async Task<Outcome<CheckedImage>> CheckAsync(string field, string? fileName, byte[] content, CancellationToken cancellationToken)
    {
        var uploads = options.Value.Uploads;
        var limits = new ImageLimits(uploads.MaxBytes, uploads.MaxPixels, uploads.MaxDecodeBytes);
        // An image refused from its header never waits for, or takes, a decode slot.
        if (inspector.Screen(content, fileName, limits) is { } screened)
        {
            return Refused(field, screened);
        }

        var (ran, result) = await limiter.TryRunAsync(() => inspector.Inspect(content, fileName, limits), cancellationToken);
        if (!ran)
        {
            return Failure.Unavailable("Upload.Busy");
        }

        if (!result!.IsSuccess)
        {
            return Refused(field, result);
        }

        var name = Path.GetFileName(fileName ?? "upload");
        return new CheckedImage(result.Image!, content, name.Length > 255 ? name[..255] : name);
    }

    public async Task<StoredImage> StoreAsync(CheckedImage upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var original = await blobs.PutAsync(upload.Content, cancellationToken);
        var normalized = await blobs.PutAsync(upload.Image.NormalizedPng, cancellationToken);
        var thumbnail = await blobs.PutAsync(upload.Image.ThumbnailPng, cancellationToken);
        return new StoredImage(upload.Image, original, normalized, thumbnail, upload.Content.LongLength, upload.FileName);
    }

    /// <summary>
    /// Stores only the re-encoded PNG and the thumbnail, not the uploaded file: for photos whose original metadata
    /// (EXIF: the camera's GPS position, device, time) must not be kept. Returns their SHA-256 names.
    /// </summary>
    public async Task<(string NormalizedSha256, string ThumbnailSha256)> StoreRenditionsAsync(CheckedImage upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        return (await blobs.PutAsync(upload.Image.NormalizedPng, cancellationToken), await blobs.PutAsync(upload.Image.ThumbnailPng, cancellationToken));
    }

    private static Failure Refused(string field, ImageInspectionResult result) =>
        Failure.Validation(new Dictionary<string, string[]> { [field] = [result.Rejection!.Message] });
}
