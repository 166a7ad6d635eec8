using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SealGuard.Web.Hosting;
using SealGuard.Web.Infrastructure.Blobs;
using SealGuard.Web.Infrastructure.Imaging;
using SkiaSharp;

namespace SealGuard.MicroBenchmarks;

/// <summary>
/// Image intake: <see cref="ImageInspector.Inspect"/> (sniff, header and pixel caps, full decode, lossless normalized PNG
/// with the resolution, 256 px thumbnail) of a ~50 KB scanned imprint PNG and of a 1600×1200 JPEG photo, and the whole
/// <see cref="ImageUploads.CheckAsync"/> and <see cref="ImageUploads.StoreAsync"/> of the PNG (inspection in a decode slot plus the SHA-256 content addresses of its three renditions)
/// with an in-memory blob store, so no disk time is measured. Baseline: decoding the same PNG with SkiaSharp alone.
/// </summary>
[MemoryDiagnoser]
public class ImageIntakeBenchmarks
{
    private readonly ImageInspector _inspector = new();
    private byte[] _png = [];
    private byte[] _jpeg = [];
    private ImageUploads _uploads = null!;

    /// <summary>Size of the PNG imprint in bytes (for the report).</summary>
    public int PngBytes => _png.Length;

    /// <summary>Size of the JPEG photo in bytes (for the report).</summary>
    public int JpegBytes => _jpeg.Length;

    [GlobalSetup]
    public void Setup()
    {
        _png = BenchmarkImages.ImprintPng();
        _jpeg = BenchmarkImages.PhotoJpeg();
        var meters = new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>();
        _uploads = new ImageUploads(_inspector, new ImageWorkLimiter(1, TimeSpan.FromSeconds(10), meters), new InMemoryBlobStore(), Options.Create(new SealGuardOptions()));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// Inputs: imprint PNG {_png.Length:N0} bytes, photo JPEG {_jpeg.Length:N0} bytes"));
    }

    [Benchmark(Baseline = true)]
    public int DecodePngWithSkiaOnly()
    {
        using var bitmap = SKBitmap.Decode(_png) ?? throw new InvalidOperationException("The PNG did not decode.");
        return bitmap.Width;
    }

    [Benchmark]
    public int InspectPngImprint() => Inspect(_png, "imprint.png").NormalizedPng.Length;

    [Benchmark]
    public int InspectJpegPhoto() => Inspect(_jpeg, "photo.jpg").NormalizedPng.Length;

    [Benchmark]
    public async Task<long> StorePngUpload()
    {
        var checkedImage = await _uploads.CheckAsync("imprint", "imprint.png", _png, CancellationToken.None).ConfigureAwait(false);
        var stored = await _uploads.StoreAsync(checkedImage.Value ?? throw new InvalidOperationException("The upload was refused."), CancellationToken.None).ConfigureAwait(false);
        return stored.ByteSize;
    }

    private InspectedImage Inspect(byte[] bytes, string fileName)
    {
        var result = _inspector.Inspect(bytes, fileName, ImageLimits.Default);
        return result.IsSuccess ? result.Image : throw new InvalidOperationException(result.Rejection.Message);
    }

    /// <summary>Content addressing as <see cref="FileSystemBlobStore"/> does it (SHA-256 hex), kept in memory.</summary>
    private sealed class InMemoryBlobStore : IBlobStore
    {
        private readonly ConcurrentDictionary<string, byte[]> _blobs = new(StringComparer.Ordinal);

        public Task<string> PutAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
        {
            var sha256 = Convert.ToHexStringLower(SHA256.HashData(content.Span));
            _blobs.TryAdd(sha256, content.ToArray());
            return Task.FromResult(sha256);
        }

        public Task<Stream?> OpenReadAsync(string sha256, CancellationToken cancellationToken) =>
            Task.FromResult<Stream?>(_blobs.TryGetValue(sha256, out var blob) ? new MemoryStream(blob, writable: false) : null);

        public Task<bool> ExistsAsync(string sha256, CancellationToken cancellationToken) =>
            Task.FromResult(_blobs.ContainsKey(sha256));

        public Task DeleteAsync(string sha256, CancellationToken cancellationToken) =>
            Task.FromResult(_blobs.TryRemove(sha256, out _));
    }
}
