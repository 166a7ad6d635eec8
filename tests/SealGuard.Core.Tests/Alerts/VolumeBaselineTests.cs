using SealGuard.Core.Alerts;

namespace SealGuard.Core.Tests.Alerts;

public class VolumeBaselineTests
{
    private static readonly long[] Steady = [10, 12, 8, 10, 12, 8, 10, 10];

    [Fact]
    public void The_range_is_the_mean_plus_or_minus_K_population_standard_deviations()
    {
        // Mean 10, squared deviations 0,4,4,0,4,4,0,0 → variance 2, sd √2.
        var verdict = VolumeBaseline.Judge(10, Steady, requiredWeeks: 8, deviations: 3)!;

        verdict.Mean.ShouldBe(10);
        verdict.StandardDeviation.ShouldBe(Math.Sqrt(2), 1e-9);
        verdict.Upper.ShouldBe(10 + (3 * Math.Sqrt(2)), 1e-9);
        verdict.Lower.ShouldBe(10 - (3 * Math.Sqrt(2)), 1e-9);
        verdict.Deviation.ShouldBe(VolumeDeviation.Within);
    }

    [Fact]
    public void A_week_beyond_the_range_on_either_side_is_an_anomaly_and_one_on_its_edge_is_not()
    {
        // Range 10 ± 4.24: 14 is inside, 15 above, 6 inside, 5 below.
        VolumeBaseline.Judge(14, Steady, 8, 3)!.Deviation.ShouldBe(VolumeDeviation.Within);
        VolumeBaseline.Judge(15, Steady, 8, 3)!.Deviation.ShouldBe(VolumeDeviation.Above);
        VolumeBaseline.Judge(6, Steady, 8, 3)!.Deviation.ShouldBe(VolumeDeviation.Within);
        VolumeBaseline.Judge(5, Steady, 8, 3)!.Deviation.ShouldBe(VolumeDeviation.Below);
        VolumeBaseline.Judge(15, Steady, 8, 4)!.Deviation.ShouldBe(VolumeDeviation.Within, "a larger K widens the range");
    }

    [Fact]
    public void Too_little_history_is_not_judged()
    {
        VolumeBaseline.Judge(100, [10, 10, 10, 10, 10, 10, 10], requiredWeeks: 8, deviations: 3).ShouldBeNull();
        VolumeBaseline.Judge(100, [], requiredWeeks: 8, deviations: 3).ShouldBeNull();
        VolumeBaseline.Judge(100, [10, 10], requiredWeeks: 2, deviations: 3)!.Deviation.ShouldBe(VolumeDeviation.Above);
    }

    [Fact]
    public void A_steady_baseline_with_deviation_0_needs_more_than_K_seals_off_its_mean()
    {
        long[] flat = [5, 5, 5, 5, 5, 5, 5, 5];

        var verdict = VolumeBaseline.Judge(6, flat, 8, 3)!;
        verdict.StandardDeviation.ShouldBe(0);
        verdict.Deviation.ShouldBe(VolumeDeviation.Within, "one seal more than every other week is no anomaly");
        VolumeBaseline.Judge(8, flat, 8, 3)!.Deviation.ShouldBe(VolumeDeviation.Within);
        VolumeBaseline.Judge(9, flat, 8, 3)!.Deviation.ShouldBe(VolumeDeviation.Above);
        VolumeBaseline.Judge(1, flat, 8, 3)!.Deviation.ShouldBe(VolumeDeviation.Below);
        VolumeBaseline.Judge(0, [0, 0, 0, 0, 0, 0, 0, 0], 8, 3)!.Deviation.ShouldBe(VolumeDeviation.Within, "a quiet shop staying quiet");
    }
}
