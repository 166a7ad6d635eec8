using System.Globalization;
using SealGuard.Core.Divisions;

namespace SealGuard.Web.Seeding.Synthetic;

/// <summary>What <see cref="SyntheticLoader"/> loads.</summary>
/// <param name="Organizations">How many organizations (用章单位) to create.</param>
/// <param name="SealsPerOrganization">The average number of seals per organization (at least 1: every organization has its 01).</param>
/// <param name="Division">A division prefix (2, 4 or 6 digits, e.g. <c>4107</c>); organizations spread over its county-level divisions.</param>
/// <param name="Seed">The same seed (and <paramref name="AsOf"/>) gives the same data.</param>
/// <param name="BatchSize">Seals per transaction (whole organizations, so a batch may be a little larger).</param>
/// <param name="AsOf">The day the history ends (UTC midnight); default today.</param>
/// <param name="HistoryMonths">How far back the history starts: ten years for load tests, months for the demo city.</param>
public sealed record SyntheticLoadOptions(int Organizations, double SealsPerOrganization, string Division, int Seed = 1, int BatchSize = 5000, DateOnly? AsOf = null, int HistoryMonths = 120)
{
    public const int MaxOrganizations = 10_000_000;
    public const double MaxSealsPerOrganization = 50;
    public const int MaxBatchSize = 100_000;

    /// <summary>Why the options cannot be loaded, or <see langword="null"/> when they can.</summary>
    public string? Problem(Jurisdiction jurisdiction)
    {
        if (Organizations is < 1 or > MaxOrganizations)
        {
            return string.Create(CultureInfo.InvariantCulture, $"--organizations must be between 1 and {MaxOrganizations}.");
        }

        if (!double.IsFinite(SealsPerOrganization) || SealsPerOrganization < 1 || SealsPerOrganization > MaxSealsPerOrganization)
        {
            return string.Create(CultureInfo.InvariantCulture, $"--seals-per-org must be between 1 and {MaxSealsPerOrganization} (every organization has at least its 01 seal).");
        }

        if (BatchSize is < 1 or > MaxBatchSize)
        {
            return string.Create(CultureInfo.InvariantCulture, $"--batch-size must be between 1 and {MaxBatchSize}.");
        }

        if (HistoryMonths is < 3 or > 240)
        {
            return "The history must span 3 to 240 months.";
        }

        if (Division is null || Division.Length is not (2 or 4 or 6) || !Division.All(char.IsAsciiDigit))
        {
            return "--division must be a division prefix of 2, 4 or 6 digits, e.g. 4107.";
        }

        ArgumentNullException.ThrowIfNull(jurisdiction);
        if (!Division.StartsWith(jurisdiction.Prefix, StringComparison.Ordinal))
        {
            // Codes are allocated only inside the jurisdiction, synthetic ones included.
            return $"--division {Division} is not inside SealGuard:Jurisdiction {jurisdiction.Prefix}.";
        }

        return Counties(DivisionCatalog.Default).Count == 0
            ? $"--division {Division} has no county-level division in the catalog."
            : null;
    }

    /// <summary>
    /// The county-level divisions under <see cref="Division"/>, without the statistical-only codes 71–79
    /// (development zones such as 新乡高新技术产业开发区), which no organization registers in.
    /// </summary>
    public IReadOnlyList<Division> Counties(DivisionCatalog catalog) =>
        catalog.All
            .Where(d => d.Level == DivisionLevel.County && d.Code.StartsWith(Division, StringComparison.Ordinal) && int.Parse(d.Code.AsSpan(4), CultureInfo.InvariantCulture) is not (>= 71 and <= 79))
            .ToList();
}
