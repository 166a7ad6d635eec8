using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;

namespace SealGuard.Benchmarks;

/// <param name="Url">The server (loopback only), with <c>SealGuard:Benchmarks:Enabled=true</c> for the baseline.</param>
/// <param name="Load">Concurrency, duration and warm-up, the same for the baseline and the filings.</param>
/// <param name="UserName">A shop user (ShopOperator or ShopManager) of a shop with an active engraver.</param>
/// <param name="Password">Its password.</param>
/// <param name="SealsPerFiling">1–5 seals of a new organization's set per filing.</param>
/// <param name="Seed">Seeds the synthetic organizations and people; random when not given (a rerun against the same database must not repeat organizations).</param>
/// <param name="ServerPid">The server's process id, for its working set.</param>
public sealed record IntakeBenchmarkOptions(Uri Url, LoadSettings Load, string UserName, string Password, int SealsPerFiling = 3, long? Seed = null, int? ServerPid = null);

public sealed record IntakeBenchmarkResult(
    LoadResult Constant,
    LoadResult Filings,
    IReadOnlyList<LoadResult> Steps,
    int SealsPerFiling,
    int RequestsPerFiling,
    long HttpRequests,
    long FailedSteps,
    IReadOnlyList<string> Problems,
    IReadOnlyList<string> DeliveredSealCodes,
    string ShopCode,
    int ImprintBytes,
    long Seed,
    long? ServerPeakRssDuringLoadKb,
    long? ServerHighWaterMarkKb,
    TimeSpan? ServerCpuDuringConstant = null,
    TimeSpan? ServerCpuDuringFilings = null,
    TimeSpan? GeneratorCpuDuringFilings = null)
{
    public double FilingsPerSecond => Filings.RequestsPerSecond;

    /// <summary>Seals delivered (successful delivery requests) per second.</summary>
    public double SealsPerSecond => PerSecond(DeliveredSealCodes.Count);

    /// <summary>HTTP requests answered during the measured filings (every step, any status) per second.</summary>
    public double HttpRequestsPerSecond => PerSecond(HttpRequests);

    /// <summary>The intake run's HTTP request rate as a share of the bare endpoint's (the HTTP stack's limit).</summary>
    public double HttpRequestsToConstant => Constant.RequestsPerSecond > 0 ? HttpRequestsPerSecond / Constant.RequestsPerSecond : 0;

    /// <summary>Server CPU time (user + system) per completed filing.</summary>
    public TimeSpan? ServerCpuPerFiling => ServerCpuDuringFilings is { } cpu && Filings.Requests > 0 ? cpu / Filings.Requests : null;

    /// <summary>Server CPU time per answered HTTP request of the filings.</summary>
    public TimeSpan? ServerCpuPerFilingRequest => ServerCpuDuringFilings is { } cpu && HttpRequests > 0 ? cpu / HttpRequests : null;

    /// <summary>Server CPU time per bare request.</summary>
    public TimeSpan? ServerCpuPerConstantRequest => ServerCpuDuringConstant is { } cpu && Constant.Requests > 0 ? cpu / Constant.Requests : null;

    private double PerSecond(long count) => Filings.Elapsed > TimeSpan.Zero ? count / Filings.Elapsed.TotalSeconds : 0;
}

/// <summary>
/// Intake throughput: whole filings (intake, engraving, imprint upload, delivery) through the JSON API by a signed-in
/// shop user, with the bare constant endpoint of the same server measured first in the same run as the baseline.
/// </summary>
public static class IntakeBenchmark
{
    public static async Task<IntakeBenchmarkResult> RunAsync(IntakeBenchmarkOptions options, TextWriter? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        Loopback.RequireLoopback(options.Url.ToString());
        options.Load.Validate();
        var seed = options.Seed ?? RandomNumberGenerator.GetInt32(int.MaxValue);
        var imprint = new ImprintImage();
        using var http = new HttpTargets(options.Url, options.Load.Concurrency, []);
        using var intake = await IntakeTargets.SignInAsync(options.Url, options.Load.Concurrency, options.UserName, options.Password,
            options.SealsPerFiling, seed, imprint, cancellationToken);

        // Each target's warm-up runs on its own, so the CPU meters see only the measured part.
        var measured = options.Load with { Warmup = TimeSpan.Zero };
        var warmup = options.Load with { Duration = options.Load.Warmup, Warmup = TimeSpan.Zero };
        progress?.WriteLine("(a) bare constant endpoint …");
        if (options.Load.Warmup > TimeSpan.Zero)
        {
            await LoadGenerator.RunAsync("warm-up", http.ConstantAsync, warmup, cancellationToken);
        }

        var constantCpu = new CpuMeter(options.ServerPid);
        var constant = await LoadGenerator.RunAsync("(a) GET /bench/constant", http.ConstantAsync, measured, cancellationToken);
        var serverCpuConstant = constantCpu.Server();

        progress?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"(b) whole filings as {options.UserName} of shop {intake.ShopCode}, {intake.SealsPerFiling} seals each …"));
        await using var memory = ProcessMemory.Watch(options.ServerPid);
        if (options.Load.Warmup > TimeSpan.Zero)
        {
            await LoadGenerator.RunAsync("warm-up", intake.FileAsync, warmup, cancellationToken);
        }

        intake.ResetCounters();
        var name = string.Create(CultureInfo.InvariantCulture, $"(b) whole filing ({intake.SealsPerFiling} seals, {intake.RequestsPerFiling} requests)");
        var filingsCpu = new CpuMeter(options.ServerPid);
        var filings = await LoadGenerator.RunAsync(name, intake.FileAsync, measured, cancellationToken);
        var serverCpuFilings = filingsCpu.Server();
        var generatorCpuFilings = filingsCpu.Generator();

        return new IntakeBenchmarkResult(constant, filings, intake.StepResults(options.Load.Concurrency, filings.Elapsed), intake.SealsPerFiling,
            intake.RequestsPerFiling, intake.HttpRequests, intake.ProblemCount, intake.Problems, intake.DeliveredSealCodes, intake.ShopCode,
            imprint.Length, seed, memory?.PeakRssDuringLoadKb, memory?.HighWaterMarkKb,
            serverCpuConstant, serverCpuFilings, generatorCpuFilings);
    }

    public static string Format(IntakeBenchmarkResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var c = CultureInfo.InvariantCulture;
        var text = new System.Text.StringBuilder();
        text.AppendLine(c, $"concurrency {result.Filings.Concurrency}, {result.Filings.Elapsed.TotalSeconds:0.0} s per target; {result.SealsPerFiling} seals per filing = {result.RequestsPerFiling} HTTP requests per filing; imprint PNG {result.ImprintBytes:N0} bytes; shop {result.ShopCode}; seed {result.Seed}");
        text.AppendLine("| target | completed | errors | per second | p50 ms | p95 ms | p99 ms | max ms |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        Row(text, result.Constant, result.Constant.Name);
        Row(text, result.Filings, result.Filings.Name);
        foreach (var step in result.Steps)
        {
            Row(text, step, "step: " + step.Name);
        }

        text.AppendLine();
        text.AppendLine(c, $"filings/s: {result.FilingsPerSecond:N1}; seals delivered/s: {result.SealsPerSecond:N1} ({result.DeliveredSealCodes.Count:N0} seals)");
        text.AppendLine(c, $"HTTP requests/s during the filings: {result.HttpRequestsPerSecond:N0} (every step, any status) = {result.HttpRequestsToConstant:0.0000} of the bare endpoint's {result.Constant.RequestsPerSecond:N0}/s; at {result.RequestsPerFiling} requests a filing the bare endpoint's rate would be {result.Constant.RequestsPerSecond / result.RequestsPerFiling:N0} filings/s");
        text.AppendLine(c, $"whole filing p50 / bare request p50: {Ratio(result.Filings.P50, result.Constant.P50):N0}x");
        text.AppendLine(c, $"errors: {result.Filings.Errors:N0} failed filings, {result.FailedSteps:N0} failed steps, {result.Constant.Errors:N0} failed bare requests");
        foreach (var problem in result.Problems)
        {
            text.AppendLine("  " + problem);
        }

        if (result.ServerCpuPerFiling is { } cpuPerFiling)
        {
            var cores = result.ServerCpuDuringFilings!.Value / result.Filings.Elapsed;
            text.AppendLine(c, $"server CPU during the filings: {cpuPerFiling.TotalMilliseconds:N0} ms per filing, {result.ServerCpuPerFilingRequest?.TotalMilliseconds:N1} ms per request, {cores:0.00} of {Environment.ProcessorCount} CPUs on average; bare endpoint: {result.ServerCpuPerConstantRequest?.TotalMilliseconds * 1000:N0} µs per request");
        }

        if (result.GeneratorCpuDuringFilings is { } generator && result.Filings.Requests > 0)
        {
            text.AppendLine(c, $"load generator CPU during the filings: {(generator / result.Filings.Requests).TotalMilliseconds:N0} ms per filing ({generator / result.Filings.Elapsed:0.00} CPUs)");
        }

        if (result.ServerPeakRssDuringLoadKb is { } peak)
        {
            text.AppendLine(c, $"server working set: peak during the filings (warm-up included) {peak / 1024.0:N0} MB, VmHWM since start {result.ServerHighWaterMarkKb / 1024.0:N0} MB");
        }

        return text.ToString();
    }

    private static void Row(System.Text.StringBuilder text, LoadResult r, string name) =>
        text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {r.Requests:N0} | {r.Errors:N0} | {r.RequestsPerSecond:N1} | {r.P50.TotalMilliseconds:0.00} | {r.P95.TotalMilliseconds:0.00} | {r.P99.TotalMilliseconds:0.00} | {r.Max.TotalMilliseconds:0.0} |");

    private static double Ratio(TimeSpan value, TimeSpan baseline) => baseline > TimeSpan.Zero ? value / baseline : 0;

    /// <summary>CPU time (user + system) used by the server and by this process since it was created.</summary>
    private sealed class CpuMeter(int? serverPid)
    {
        private readonly TimeSpan? _server = Read(serverPid);
        private readonly TimeSpan _generator = Self();

        public TimeSpan? Server() => Read(serverPid) - _server;

        public TimeSpan Generator() => Self() - _generator;

        private static TimeSpan Self()
        {
            using var self = Process.GetCurrentProcess();
            return self.TotalProcessorTime;
        }

        private static TimeSpan? Read(int? pid)
        {
            if (pid is not { } id)
            {
                return null;
            }

            try
            {
                using var process = Process.GetProcessById(id);
                return process.TotalProcessorTime;
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                return null; // gone, or not readable
            }
        }
    }
}
