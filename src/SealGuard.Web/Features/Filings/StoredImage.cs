using Microsoft.Extensions.Options;
using SealGuard.Web.Hosting;
using SealGuard.Web.Infrastructure.Blobs;
using SealGuard.Web.Infrastructure.Imaging;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Filings;

/// <summary>An uploaded image that decoded cleanly and whose original, normalized PNG and thumbnail are in the blob store.</summary>
public sealed record StoredImage(InspectedImage Image, string OriginalSha256, string NormalizedSha256, string ThumbnailSha256, long ByteSize, string FileName);

/// <summary>
/// Inspects an upload (real decode, size and pixel caps) and stores its three renditions. Blobs are written before
/// the database transaction: content addressing makes a blob of a rolled-back upload harmless.
/// </summary>
public sealed class ImageUploads(ImageInspector inspector, IBlobStore blobs, IOptions<SealGuardOptions> options)
{
    public long MaxBytes => options.Value.Uploads.MaxBytes;

    public async Task<Outcome<StoredImage>> StoreAsync(string field, string? fileName, byte[] content, CancellationToken cancellationToken)
    {
        var limits = new ImageLimits(options.Value.Uploads.MaxBytes, options.Value.Uploads.MaxPixels);
        var result = inspector.Inspect(content, fileName, limits);
        if (!result.IsSuccess)
        {
            return Failure.Validation(new Dictionary<string, string[]> { [field] = [result.Rejection!.Message] });
        }

        var image = result.Image!;
        var original = await blobs.PutAsync(content, cancellationToken);
        var normalized = await blobs.PutAsync(image.NormalizedPng, cancellationToken);
        var thumbnail = await blobs.PutAsync(image.ThumbnailPng, cancellationToken);
        var name = Path.GetFileName(fileName ?? "upload");
        return new StoredImage(image, original, normalized, thumbnail, content.LongLength, name.Length > 255 ? name[..255] : name);
    }
}
