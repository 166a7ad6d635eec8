using System.Diagnostics;

namespace SealGuard.Benchmarks;

/// <summary>
/// A closed-loop load generator: <c>concurrency</c> workers each run one operation at a time until the time is up (or
/// the request cap is reached), and every completed operation's latency is kept for the percentiles.
/// </summary>
public static class LoadGenerator
{
    public const int MaxConcurrency = 1024;
    public static readonly TimeSpan MaxDuration = TimeSpan.FromMinutes(10);

    /// <summary>Runs <paramref name="operation"/> (one request; it receives a running index and returns whether it succeeded) under <paramref name="settings"/>.</summary>
    public static async Task<LoadResult> RunAsync(string name, Func<long, CancellationToken, Task<bool>> operation, LoadSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();

        if (settings.Warmup > TimeSpan.Zero)
        {
            await RunWorkersAsync(operation, settings.Concurrency, settings.Warmup, settings.MaxRequests, cancellationToken);
        }

        var started = Stopwatch.GetTimestamp();
        var workers = await RunWorkersAsync(operation, settings.Concurrency, settings.Duration, settings.MaxRequests, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);

        var latencies = new long[workers.Sum(w => w.Latencies.Count)];
        var offset = 0;
        foreach (var worker in workers)
        {
            worker.Latencies.CopyTo(latencies, offset);
            offset += worker.Latencies.Count;
        }

        return Summarize(name, settings.Concurrency, elapsed, latencies, workers.Sum(w => w.Errors));
    }

    /// <summary>Sorts <paramref name="latencies"/> (<see cref="Stopwatch"/> ticks) in place and summarizes them with nearest-rank percentiles.</summary>
    public static LoadResult Summarize(string name, int concurrency, TimeSpan elapsed, long[] latencies, long errors)
    {
        ArgumentNullException.ThrowIfNull(latencies);
        Array.Sort(latencies);
        return new LoadResult(name, concurrency, elapsed, latencies.Length, errors,
            Percentile(latencies, 0.50), Percentile(latencies, 0.95), Percentile(latencies, 0.99),
            latencies.Length == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(0, latencies[^1]));
    }

    private static async Task<Worker[]> RunWorkersAsync(Func<long, CancellationToken, Task<bool>> operation, int concurrency, TimeSpan duration, long maxRequests, CancellationToken cancellationToken)
    {
        // The deadline stops new requests only: one still in flight completes and is counted. And every worker completes
        // at least one request whatever the clock says: on a busy machine a worker may first run after a short window
        // has closed, which made a query kind report no requests at all.
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        long issued = 0;
        var workers = Enumerable.Range(0, concurrency).Select(_ => new Worker()).ToArray();
        await Task.WhenAll(workers.Select((worker, index) => Task.Run(async () =>
        {
            long sequence = index;
            while ((sequence == index || Stopwatch.GetTimestamp() < deadline) && Interlocked.Increment(ref issued) <= maxRequests)
            {
                var start = Stopwatch.GetTimestamp();
                bool ok;
                try
                {
                    ok = await operation(sequence, cancellationToken);
                }
                catch (Exception e) when (e is HttpRequestException or IOException or System.Data.Common.DbException or TimeoutException)
                {
                    ok = false;
                }

                var latency = Stopwatch.GetTimestamp() - start;
                if (ok)
                {
                    worker.Latencies.Add(latency);
                }
                else
                {
                    worker.Errors++;
                }

                sequence += concurrency;
            }
        }, CancellationToken.None)));
        return workers;
    }

    private static TimeSpan Percentile(long[] sorted, double quantile)
    {
        if (sorted.Length == 0)
        {
            return TimeSpan.Zero;
        }

        // Nearest rank.
        var rank = (int)Math.Ceiling(quantile * sorted.Length) - 1;
        return Stopwatch.GetElapsedTime(0, sorted[Math.Clamp(rank, 0, sorted.Length - 1)]);
    }

    private sealed class Worker
    {
        public List<long> Latencies { get; } = new(4096);
        public long Errors { get; set; }
    }
}

public sealed record LoadSettings(int Concurrency, TimeSpan Duration, TimeSpan Warmup, long MaxRequests = long.MaxValue)
{
    public void Validate()
    {
        if (Concurrency is < 1 or > LoadGenerator.MaxConcurrency)
        {
            throw new ArgumentOutOfRangeException(nameof(Concurrency), Concurrency, $"between 1 and {LoadGenerator.MaxConcurrency}");
        }

        if (Duration <= TimeSpan.Zero || Duration > LoadGenerator.MaxDuration || Warmup < TimeSpan.Zero || Warmup > LoadGenerator.MaxDuration)
        {
            throw new ArgumentOutOfRangeException(nameof(Duration), Duration, $"duration and warm-up at most {LoadGenerator.MaxDuration}");
        }

        if (MaxRequests < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxRequests), MaxRequests, "at least 1");
        }
    }
}

public sealed record LoadResult(string Name, int Concurrency, TimeSpan Elapsed, long Requests, long Errors, TimeSpan P50, TimeSpan P95, TimeSpan P99, TimeSpan Max)
{
    public double RequestsPerSecond => Elapsed > TimeSpan.Zero ? Requests / Elapsed.TotalSeconds : 0;
}
