namespace SealGuard.Benchmarks;

/// <summary>The HTTP side: the bare constant endpoint and public verification, through one pooled client.</summary>
public sealed class HttpTargets : IDisposable
{
    public const string ConstantPath = "/bench/constant";

    private readonly HttpClient _client;
    private readonly IReadOnlyList<SealSample> _samples;
    private long _notFound;

    public HttpTargets(Uri baseAddress, int concurrency, IReadOnlyList<SealSample> samples)
    {
        Loopback.RequireLoopback(baseAddress.ToString());
        _samples = samples;
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = concurrency,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseProxy = false,
            AllowAutoRedirect = false,
        };
        _client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>Verification answers that were NotFound: the sample does not match the database when this is high.</summary>
    public long NotFound => Interlocked.Read(ref _notFound);

    public async Task<bool> ConstantAsync(long index, CancellationToken cancellationToken)
    {
        using var response = await _client.GetAsync(ConstantPath, cancellationToken);
        await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return response.IsSuccessStatusCode;
    }

    public async Task<bool> VerifyAsync(long index, CancellationToken cancellationToken)
    {
        var sample = _samples[(int)(index % _samples.Count)];
        using var response = await _client.GetAsync(sample.Query(), cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (body.Contains("\"NotFound\"", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _notFound);
        }

        return response.IsSuccessStatusCode;
    }

    public void ResetCounters() => Interlocked.Exchange(ref _notFound, 0);

    public void Dispose() => _client.Dispose();
}
