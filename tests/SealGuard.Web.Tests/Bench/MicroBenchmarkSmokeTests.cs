using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.NoEmit;
using SealGuard.MicroBenchmarks;
using SealGuard.Web.Infrastructure.Imaging;

namespace SealGuard.Web.Tests.Bench;

/// <summary>
/// The CI smoke version of <c>bench/SealGuard.MicroBenchmarks</c>: every benchmark class through BenchmarkDotNet with a
/// dry in-process job (one cold invocation per case), so the benchmarks keep building, running and reporting ratios
/// to their baseline. The numbers themselves mean nothing here (Debug build, one invocation).
/// </summary>
public sealed class MicroBenchmarkSmokeTests
{
    public static TheoryData<Type> BenchmarkClasses() =>
    [
        typeof(CodeBenchmarks),
        typeof(PersonalDataBenchmarks),
        typeof(ImageIntakeBenchmarks),
        typeof(AuditChainBenchmarks),
    ];

    [Fact]
    public void Every_benchmark_class_of_the_project_is_smoke_tested()
    {
        var withBenchmarks = typeof(CodeBenchmarks).Assembly.GetExportedTypes()
            .Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal);
        withBenchmarks.ShouldBe(BenchmarkClasses().Select(row => row.Data.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Synthetic_images_are_deterministic_and_pass_inspection_like_real_uploads()
    {
        var png = BenchmarkImages.ImprintPng();
        var jpeg = BenchmarkImages.PhotoJpeg();
        BenchmarkImages.ImprintPng().ShouldBe(png);
        BenchmarkImages.PhotoJpeg().ShouldBe(jpeg);
        png.Length.ShouldBeInRange(40_000, 70_000, "the imprint stands for a ~50 KB scan");

        var inspector = new ImageInspector();
        var imprint = inspector.Inspect(png, "imprint.png", ImageLimits.Default);
        imprint.IsSuccess.ShouldBeTrue(imprint.Rejection?.Message);
        imprint.Image.Format.ShouldBe(ImageFormatKind.Png);
        imprint.Image.DpiX.ShouldNotBeNull().ShouldBe(600, 0.1);
        var photo = inspector.Inspect(jpeg, "photo.jpg", ImageLimits.Default);
        photo.IsSuccess.ShouldBeTrue(photo.Rejection?.Message);
        photo.Image.Format.ShouldBe(ImageFormatKind.Jpeg);
        (photo.Image.WidthPx, photo.Image.HeightPx).ShouldBe((1600, 1200));
    }

    [Theory]
    [MemberData(nameof(BenchmarkClasses))]
    public void Benchmark_class_measures_every_case_in_process_with_a_ratio_to_its_baseline(Type benchmarks)
    {
        var artifacts = Directory.CreateTempSubdirectory("sealguard-microbench-");
        var log = new AccumulationLogger();
        try
        {
            var config = ManualConfig.CreateEmpty()
                .AddJob(Job.Dry.WithToolchain(InProcessNoEmitToolchain.Instance))
                .AddColumnProvider(DefaultColumnProviders.Instance)
                .AddDiagnoser(MemoryDiagnoser.Default)
                .AddLogger(log)
                .WithArtifactsPath(artifacts.FullName)
                .WithOptions(ConfigOptions.DisableOptimizationsValidator | ConfigOptions.DisableLogFile);

            var summary = BenchmarkRunner.Run(benchmarks, config);

            var context = $"BenchmarkDotNet log:\n{log.GetLog()}";
            summary.HasCriticalValidationErrors.ShouldBeFalse(context);
            var cases = benchmarks.GetMethods().Count(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null);
            summary.Reports.Length.ShouldBe(cases, context);
            summary.Reports.Count(r => r.BenchmarkCase.Descriptor.Baseline).ShouldBe(1, context);
            foreach (var report in summary.Reports)
            {
                var name = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
                report.Success.ShouldBeTrue($"{name}\n{context}");
                report.ExecuteResults.ShouldAllBe(r => r.IsSuccess && r.ExitCode == 0, $"{name}\n{context}");
                report.ResultStatistics.ShouldNotBeNull($"{name}\n{context}").Mean.ShouldBeGreaterThan(0, name);
                report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase).ShouldNotBeNull(name);

                var ratio = BaselineRatioColumn.RatioMean.GetValue(summary, report.BenchmarkCase);
                double.TryParse(ratio, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value)
                    .ShouldBeTrue($"{name}: Ratio is '{ratio}'\n{context}");
                value.ShouldBeGreaterThan(0, name);
                if (report.BenchmarkCase.Descriptor.Baseline)
                {
                    value.ShouldBe(1.0, name);
                }
            }

            summary.Table.Columns.ShouldContain(c => c.Header == "Ratio" && c.NeedToShow, context);
            summary.Table.Columns.ShouldContain(c => c.Header == "Allocated" && c.NeedToShow, context);
        }
        finally
        {
            artifacts.Delete(recursive: true);
        }
    }
}
