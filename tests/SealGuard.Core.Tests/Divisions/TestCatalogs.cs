using SealGuard.Core.Divisions;

namespace SealGuard.Core.Tests.Divisions;

/// <summary>Small in-memory catalogs for tests that must not depend on the embedded data file.</summary>
internal static class TestCatalogs
{
    public const string Csv = """
        code,name,parentCode,level
        410000,河南省,,Province
        410700,新乡市,410000,Prefecture
        410702,红旗区,410700,County
        410703,卫滨区,410700,County
        410783,长垣市,410700,County
        419001,济源市,410000,County
        110000,北京市,,Province
        110100,市辖区,110000,Prefecture
        110101,东城区,110100,County
        """;

    public static DivisionCatalog Small { get; } = DivisionCatalog.Parse(new StringReader(Csv));
}
