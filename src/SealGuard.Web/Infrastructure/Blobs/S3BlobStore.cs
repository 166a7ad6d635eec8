using System.Net;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using SealGuard.Web.Hosting;

namespace SealGuard.Web.Infrastructure.Blobs;

/// <summary>
/// Stores blobs as objects of an S3-compatible object store (MinIO, Ceph RGW, AWS S3…) under
/// <c>prefix/ab/cd/&lt;sha256&gt;</c>, the same fan-out as <see cref="FileSystemBlobStore"/>. A put first asks whether
/// the object exists (HEAD) and uploads only when it does not; the upload signs the payload's SHA-256
/// (<c>x-amz-content-sha256</c>) and also sends it as <c>x-amz-checksum-sha256</c>, so the server rejects bytes that were
/// changed on the way. Concurrent puts of the same content may both upload; they write the same bytes under the same key.
/// Objects are small images, sent in one request (no multipart).
/// </summary>
public sealed class S3BlobStore : IBlobStore
{
    private readonly IAmazonS3 _client;
    private readonly string _bucket;
    private readonly string _prefix;

    /// <param name="client">Not owned: the caller disposes it.</param>
    /// <param name="bucket">The bucket, which must exist.</param>
    /// <param name="prefix">Optional key prefix such as <c>sealguard/blobs</c>; slashes around it are ignored.</param>
    public S3BlobStore(IAmazonS3 client, string bucket, string? prefix = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(bucket);
        _client = client;
        _bucket = bucket;
        var trimmed = prefix?.Trim('/') ?? "";
        _prefix = trimmed.Length == 0 ? "" : trimmed + "/";
    }

    /// <summary>
    /// A client for any S3-compatible server: the configured service URL with path-style addressing, and only the
    /// configured keys and region. Nothing is looked up elsewhere (no credential chain, no instance metadata, no
    /// endpoint from the environment), so the client only ever talks to <see cref="S3BlobOptions.ServiceUrl"/>.
    /// Creating it makes no network call.
    /// </summary>
    public static AmazonS3Client CreateClient(S3BlobOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var config = new AmazonS3Config
        {
            ServiceURL = options.ServiceUrl,
            AuthenticationRegion = options.Region,
            ForcePathStyle = true,
            IgnoreConfiguredEndpointUrls = true,
            DefaultConfigurationMode = DefaultConfigurationMode.Standard,
            ConnectTimeout = TimeSpan.FromSeconds(10),

            // SDK v4 otherwise adds CRC checksums (with aws-chunked trailers) that many S3-compatible servers refuse.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        return new AmazonS3Client(new BasicAWSCredentials(options.AccessKey, options.SecretKey), config);
    }

    /// <summary>The object key of a blob: <c>prefix/ab/cd/&lt;sha256&gt;</c>.</summary>
    public string KeyOf(string sha256)
    {
        BlobId.ThrowIfInvalid(sha256);
        return _prefix + BlobId.FanOutPath(sha256, '/');
    }

    public async Task<string> PutAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var hash = SHA256.HashData(content.Span);
        var sha256 = Convert.ToHexStringLower(hash);
        var key = KeyOf(sha256);
        if (await ExistsKeyAsync(key, cancellationToken).ConfigureAwait(false))
        {
            return sha256;
        }

        var body = MemoryMarshal.TryGetArray(content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);
        var request = new PutObjectRequest
        {
            BucketName = _bucket,
            Key = key,
            InputStream = body,
            AutoCloseStream = true,
            ContentType = "application/octet-stream",

            // One signed request whose x-amz-content-sha256 is the payload's hash (no aws-chunked streaming)…
            UseChunkEncoding = false,
            DisablePayloadSigning = false,

            // …and the same hash as the checksum S3 verifies and keeps with the object.
            ChecksumSHA256 = Convert.ToBase64String(hash),
        };
        try
        {
            await _client.PutObjectAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (AmazonS3Exception ex)
        {
            throw Failure("PUT", key, ex);
        }

        return sha256;
    }

    public async Task<Stream?> OpenReadAsync(string sha256, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var key = KeyOf(sha256);
        GetObjectResponse response;
        try
        {
            response = await _client.GetObjectAsync(_bucket, key, cancellationToken).ConfigureAwait(false);
        }
        catch (AmazonS3Exception ex) when (ex.ErrorCode == "NoSuchKey")
        {
            return null;
        }
        catch (AmazonS3Exception ex)
        {
            throw Failure("GET", key, ex);
        }

        // Disposing the response stream releases the connection; the response holds nothing else.
        return response.ResponseStream;
    }

    public Task<bool> ExistsAsync(string sha256, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ExistsKeyAsync(KeyOf(sha256), cancellationToken);
    }

    public async Task DeleteAsync(string sha256, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var key = KeyOf(sha256);
        try
        {
            // S3 answers 204 for an absent key too.
            await _client.DeleteObjectAsync(_bucket, key, cancellationToken).ConfigureAwait(false);
        }
        catch (AmazonS3Exception ex)
        {
            throw Failure("DELETE", key, ex);
        }
    }

    private async Task<bool> ExistsKeyAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            await _client.GetObjectMetadataAsync(_bucket, key, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (AmazonS3Exception ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            // A HEAD answer has no body, so a missing bucket also reads as 404 here; the PUT that follows names it.
            return false;
        }
        catch (AmazonS3Exception ex)
        {
            throw Failure("HEAD", key, ex);
        }
    }

    private InvalidOperationException Failure(string operation, string key, AmazonS3Exception ex)
    {
        var status = $"{(int)ex.StatusCode} {ex.StatusCode}";
        var code = string.IsNullOrEmpty(ex.ErrorCode) ? "" : $" ({ex.ErrorCode}: {ex.Message})";
        var hint = ex.StatusCode == HttpStatusCode.Forbidden
            ? " Check SealGuard:Blobs:S3:AccessKey and SecretKey, the Region and the bucket's policy."
            : ex.ErrorCode == "NoSuchBucket" ? $" Create the bucket '{_bucket}' first." : "";
        return new InvalidOperationException(
            $"The S3 blob store's {operation} of '{key}' in bucket '{_bucket}' failed with {status}{code}.{hint}", ex);
    }
}
