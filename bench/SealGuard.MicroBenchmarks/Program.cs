using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using SealGuard.MicroBenchmarks;

// dotnet run -c Release --project bench/SealGuard.MicroBenchmarks -- --filter '*'
// Any BenchmarkDotNet option works (--job short, --filter '*Code*', --list flat, --artifacts <dir>).
return MicroBenchmarkConfig.Run(args);

namespace SealGuard.MicroBenchmarks
{
    /// <summary>How the console program runs the benchmarks.</summary>
    public static class MicroBenchmarkConfig
    {
        /// <summary>
        /// In process: BenchmarkDotNet's default out-of-process toolchain would generate and build a project that
        /// references SealGuard.Web (npm assets and all) under this repository's build settings. Every job, including
        /// one chosen with <c>--job</c>, runs in this process. Results go next to the program in the build output
        /// (under <c>artifacts/</c>), not into the working directory, unless <c>--artifacts</c> says otherwise.
        /// </summary>
        public static IConfig Create() => DefaultConfig.Instance
            .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).AsMutator())
            .WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));

        public static int Run(string[] args)
        {
            var summaries = BenchmarkSwitcher.FromAssembly(typeof(MicroBenchmarkConfig).Assembly).Run(args, Create());
            return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
        }
    }
}
