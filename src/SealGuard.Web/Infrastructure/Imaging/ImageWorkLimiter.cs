using System.Diagnostics.Metrics;

namespace SealGuard.Web.Infrastructure.Imaging;

/// <summary>
/// Bounds how many images are decoded at once, so memory stays within
/// <c>MaxConcurrentDecodes × MaxDecodeBytes</c> however many uploads arrive together. A caller waits up to the
/// configured time for a slot, then is refused (the upload is answered 503 and may be retried).
/// The gauge <c>sealguard.images.decoding</c> counts the decodes in progress.
/// </summary>
public sealed class ImageWorkLimiter : IDisposable
{
    public const string MeterName = "SealGuard.Imaging";
    public const string DecodingInstrument = "sealguard.images.decoding";

    private readonly SemaphoreSlim _slots;
    private readonly TimeSpan _wait;
    private readonly UpDownCounter<int> _decoding;

    public ImageWorkLimiter(int maxConcurrent, TimeSpan wait, IMeterFactory meters)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConcurrent, 1);
        ArgumentNullException.ThrowIfNull(meters);
        _slots = new SemaphoreSlim(maxConcurrent, maxConcurrent);
        _wait = wait;
        _decoding = meters.Create(MeterName).CreateUpDownCounter<int>(DecodingInstrument, description: "Images being decoded now");
    }

    /// <summary>Runs <paramref name="work"/> in a slot; returns false without running it when no slot freed up in time.</summary>
    public async Task<(bool Ran, T? Result)> TryRunAsync<T>(Func<T> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (!await _slots.WaitAsync(_wait, cancellationToken))
        {
            return (false, default);
        }

        _decoding.Add(1);
        try
        {
            return (true, work());
        }
        finally
        {
            _decoding.Add(-1);
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();
}
