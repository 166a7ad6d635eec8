namespace SealGuard.Core.Alerts;

/// <summary>Which side of its baseline a week's volume lies on.</summary>
public enum VolumeDeviation
{
    Within = 0,
    Above = 1,
    Below = 2,
}

/// <summary>A week's volume against its baseline: the baseline's mean and standard deviation and the normal range they give.</summary>
public sealed record VolumeVerdict(VolumeDeviation Deviation, double Mean, double StandardDeviation, double Lower, double Upper);

/// <summary>
/// Rule 7's statistics (ShopVolumeAnomaly): a shop's weekly seal count is anomalous when it lies more than
/// <c>deviations</c> standard deviations from the mean of its previous weeks. The mean and the (population) standard
/// deviation are those of exactly the baseline weeks given; fewer weeks than required is too little history to judge.
/// </summary>
public static class VolumeBaseline
{
    /// <summary>
    /// The smallest standard deviation the range is built on. Counts are whole seals, so a steady baseline (every week
    /// alike, deviation 0) would otherwise call one seal more an anomaly; with this floor it takes more than
    /// <c>deviations</c> seals.
    /// </summary>
    public const double MinimumStandardDeviation = 1;

    /// <summary>Judges <paramref name="count"/> against <paramref name="baseline"/>; <see langword="null"/> when the baseline has fewer than <paramref name="requiredWeeks"/> weeks.</summary>
    public static VolumeVerdict? Judge(long count, IReadOnlyList<long> baseline, int requiredWeeks, int deviations)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentOutOfRangeException.ThrowIfLessThan(requiredWeeks, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(deviations, 1);
        if (baseline.Count < requiredWeeks)
        {
            return null;
        }

        var mean = baseline.Average(c => (double)c);
        var standardDeviation = Math.Sqrt(baseline.Average(c => (c - mean) * (c - mean)));
        var spread = deviations * Math.Max(standardDeviation, MinimumStandardDeviation);
        var (lower, upper) = (mean - spread, mean + spread);
        var deviation = count > upper ? VolumeDeviation.Above : count < lower ? VolumeDeviation.Below : VolumeDeviation.Within;
        return new VolumeVerdict(deviation, mean, standardDeviation, lower, upper);
    }
}
