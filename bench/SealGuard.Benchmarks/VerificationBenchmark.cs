using System.Globalization;

namespace SealGuard.Benchmarks;

public sealed record VerificationBenchmarkOptions(Uri Url, IReadOnlyList<SealSample> Samples, LoadSettings Load, string? Postgres = null, string? SqliteFile = null, int? ServerPid = null);

public sealed record VerificationBenchmarkResult(LoadResult Constant, LoadResult Verification, long VerificationNotFound, LoadResult? Database, long DatabaseNotFound, string? DatabaseProvider, long? ServerPeakRssDuringLoadKb, long? ServerHighWaterMarkKb)
{
    /// <summary>Verification throughput as a share of the bare endpoint's (the HTTP stack's limit).</summary>
    public double VerificationToConstant => Ratio(Verification.RequestsPerSecond, Constant.RequestsPerSecond);

    /// <summary>Verification throughput as a share of the raw SQL lookup's (the database's limit).</summary>
    public double? VerificationToDatabase => Database is null ? null : Ratio(Verification.RequestsPerSecond, Database.RequestsPerSecond);

    private static double Ratio(double value, double baseline) => baseline > 0 ? value / baseline : 0;
}

/// <summary>
/// Public verification against its two baselines, back to back in one run with the same concurrency and duration:
/// (a) the bare constant endpoint of the same server, (b) the verification API, (c) the same lookup as raw SQL.
/// </summary>
public static class VerificationBenchmark
{
    public static async Task<VerificationBenchmarkResult> RunAsync(VerificationBenchmarkOptions options, TextWriter? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        Loopback.RequireLoopback(options.Url.ToString());
        using var http = new HttpTargets(options.Url, options.Load.Concurrency, options.Samples);
        using var database = options.Postgres is null && options.SqliteFile is null
            ? null
            : DatabaseTarget.Create(options.Postgres, options.SqliteFile, options.Load.Concurrency, options.Samples);
        await using var memory = ProcessMemory.Watch(options.ServerPid);

        progress?.WriteLine("(a) bare constant endpoint …");
        var constant = await LoadGenerator.RunAsync("(a) GET /bench/constant", http.ConstantAsync, options.Load, cancellationToken);
        progress?.WriteLine("(b) public verification …");
        http.ResetCounters();
        var verification = await LoadGenerator.RunAsync("(b) GET /api/v1/public/verification", http.VerifyAsync, options.Load, cancellationToken);
        var verificationNotFound = http.NotFound;
        LoadResult? raw = null;
        long rawNotFound = 0;
        if (database is not null)
        {
            progress?.WriteLine($"(c) raw SQL lookup on {database.Provider} …");
            database.ResetCounters();
            raw = await LoadGenerator.RunAsync($"(c) raw SQL ({database.Provider})", database.LookupAsync, options.Load, cancellationToken);
            rawNotFound = database.NotFound;
        }

        return new VerificationBenchmarkResult(constant, verification, verificationNotFound, raw, rawNotFound, database?.Provider,
            memory?.PeakRssDuringLoadKb, memory?.HighWaterMarkKb);
    }

    public static string Format(VerificationBenchmarkResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var c = CultureInfo.InvariantCulture;
        var text = new System.Text.StringBuilder();
        text.AppendLine(c, $"concurrency {result.Constant.Concurrency}, {result.Constant.Elapsed.TotalSeconds:0.0} s per target");
        text.AppendLine("| target | requests | errors | requests/s | p50 ms | p95 ms | p99 ms | max ms |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in new[] { result.Constant, result.Verification, result.Database }.OfType<LoadResult>())
        {
            text.AppendLine(c, $"| {r.Name} | {r.Requests:N0} | {r.Errors:N0} | {r.RequestsPerSecond:N0} | {r.P50.TotalMilliseconds:0.00} | {r.P95.TotalMilliseconds:0.00} | {r.P99.TotalMilliseconds:0.00} | {r.Max.TotalMilliseconds:0.0} |");
        }

        text.AppendLine();
        text.AppendLine(c, $"verification / bare endpoint (requests/s): {result.VerificationToConstant:0.000}  (p50 {Ratio(result.Verification.P50, result.Constant.P50):0.0}x, p99 {Ratio(result.Verification.P99, result.Constant.P99):0.0}x the bare latency)");
        if (result.Database is { } db)
        {
            text.AppendLine(c, $"verification / raw SQL (requests/s): {result.VerificationToDatabase:0.000}  (p50 {Ratio(result.Verification.P50, db.P50):0.0}x, p99 {Ratio(result.Verification.P99, db.P99):0.0}x the raw SQL latency)");
            text.AppendLine(c, $"raw SQL lookups that found no row: {result.DatabaseNotFound:N0}");
        }

        text.AppendLine(c, $"verification answers NotFound: {result.VerificationNotFound:N0} of {result.Verification.Requests:N0} (should be 0 with a sample from the same database)");
        if (result.ServerPeakRssDuringLoadKb is { } peak)
        {
            text.AppendLine(c, $"server working set: peak during the load {peak / 1024.0:N0} MB, VmHWM since start {result.ServerHighWaterMarkKb / 1024.0:N0} MB");
        }

        return text.ToString();
    }

    private static double Ratio(TimeSpan value, TimeSpan baseline) => baseline > TimeSpan.Zero ? value / baseline : 0;
}
