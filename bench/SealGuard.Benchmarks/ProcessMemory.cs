using System.Globalization;

namespace SealGuard.Benchmarks;

/// <summary>
/// Samples a process's resident set from <c>/proc/PID/status</c> (Linux): the highest <c>VmRSS</c> seen while the load
/// ran, and <c>VmHWM</c>, the kernel's peak since the process started (includes start-up).
/// </summary>
public sealed class ProcessMemory : IAsyncDisposable
{
    private readonly int _pid;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampler;
    private long _peakRssKb;

    private ProcessMemory(int pid)
    {
        _pid = pid;
        _sampler = Task.Run(SampleAsync);
    }

    public static ProcessMemory? Watch(int? pid) => pid is { } id && File.Exists(StatusPath(id)) ? new ProcessMemory(id) : null;

    public long PeakRssDuringLoadKb => Interlocked.Read(ref _peakRssKb);

    public long? HighWaterMarkKb => Read(_pid, "VmHWM:");

    public static long? Read(int pid, string field)
    {
        try
        {
            foreach (var line in File.ReadLines(StatusPath(pid)))
            {
                if (line.StartsWith(field, StringComparison.Ordinal))
                {
                    // "VmRSS:     123456 kB"
                    var value = line[field.Length..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
                    return long.Parse(value, CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
            // The process is gone.
        }

        return null;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampler;
        _stop.Dispose();
    }

    private static string StatusPath(int pid) => string.Create(CultureInfo.InvariantCulture, $"/proc/{pid}/status");

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        do
        {
            if (Read(_pid, "VmRSS:") is { } rss && rss > Interlocked.Read(ref _peakRssKb))
            {
                Interlocked.Exchange(ref _peakRssKb, rss);
            }
        }
        while (await WaitAsync(timer));
    }

    private async Task<bool> WaitAsync(PeriodicTimer timer)
    {
        try
        {
            return await timer.WaitForNextTickAsync(_stop.Token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
