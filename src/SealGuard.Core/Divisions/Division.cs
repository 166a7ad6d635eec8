namespace SealGuard.Core.Divisions;

/// <summary>One GB/T 2260 administrative division (行政区划).</summary>
/// <param name="Code">Six digits, e.g. <c>410702</c>.</param>
/// <param name="Name">The short name, e.g. <c>红旗区</c>.</param>
/// <param name="ParentCode">The code of the enclosing division; <see langword="null"/> for a province.</param>
/// <param name="Level">Province, prefecture or county level.</param>
public sealed record Division(string Code, string Name, string? ParentCode, DivisionLevel Level);

/// <summary>The three levels of GB/T 2260 divisions.</summary>
public enum DivisionLevel
{
    /// <summary>省级: province, autonomous region, municipality.</summary>
    Province,

    /// <summary>地级: prefecture-level city, prefecture, league.</summary>
    Prefecture,

    /// <summary>县级: district, county, county-level city, banner.</summary>
    County,
}
