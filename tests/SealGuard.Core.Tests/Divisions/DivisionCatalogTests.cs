using SealGuard.Core.Divisions;

namespace SealGuard.Core.Tests.Divisions;

public class DivisionCatalogTests
{
    private readonly DivisionCatalog _catalog = TestCatalogs.Small;

    [Fact]
    public void Parse_reads_every_row_in_code_order()
    {
        _catalog.Count.ShouldBe(9);
        _catalog.All.Select(d => d.Code).ShouldBe(_catalog.All.Select(d => d.Code).Order(StringComparer.Ordinal));
        _catalog.All[0].ShouldBe(new Division("110000", "北京市", null, DivisionLevel.Province));
    }

    [Fact]
    public void Find_returns_the_division_with_its_parent_and_level()
    {
        _catalog.Find("410702").ShouldBe(new Division("410702", "红旗区", "410700", DivisionLevel.County));
        _catalog.Find("999999").ShouldBeNull();
        _catalog.Contains("410700").ShouldBeTrue();
        _catalog.Contains("410799").ShouldBeFalse();
    }

    [Fact]
    public void ChildrenOf_null_gives_the_provinces()
    {
        _catalog.ChildrenOf(null).Select(d => d.Name).ShouldBe(["北京市", "河南省"]);
    }

    [Fact]
    public void ChildrenOf_a_code_gives_its_direct_children_in_code_order()
    {
        _catalog.ChildrenOf("410000").Select(d => d.Code).ShouldBe(["410700", "419001"]);
        _catalog.ChildrenOf("410700").Select(d => d.Code).ShouldBe(["410702", "410703", "410783"]);
        _catalog.ChildrenOf("410702").ShouldBeEmpty();
        _catalog.ChildrenOf("999999").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("410702", "河南省新乡市红旗区")]
    [InlineData("410700", "河南省新乡市")]
    [InlineData("410000", "河南省")]
    [InlineData("419001", "河南省济源市")]
    [InlineData("110101", "北京市东城区")]
    public void FullName_joins_the_ancestors_and_skips_grouping_levels(string code, string expected)
    {
        _catalog.FullName(code).ShouldBe(expected);
    }

    [Fact]
    public void FullName_of_an_unknown_code_throws()
    {
        Should.Throw<KeyNotFoundException>(() => _catalog.FullName("999999"));
    }

    [Fact]
    public void Parse_accepts_a_bom_quoted_fields_other_column_order_and_blank_lines()
    {
        var csv = "\uFEFFlevel,code,parentCode,name\n" +
                  "province,410000,,\"河南省\"\n" +
                  "\n" +
                  "Prefecture,410700,410000,\"新乡\"\"市\"\"\"\r\n";

        var catalog = DivisionCatalog.Parse(new StringReader(csv));

        catalog.Count.ShouldBe(2);
        catalog.Find("410000")!.Level.ShouldBe(DivisionLevel.Province);
        catalog.Find("410700")!.Name.ShouldBe("新乡\"市\"");
    }

    [Theory]
    [InlineData("code,name,parentCode\n410000,河南省,")]
    [InlineData("code,name,parentCode,level\n41000,河南省,,Province")]
    [InlineData("code,name,parentCode,level\n410000,河南省,,Country")]
    [InlineData("code,name,parentCode,level\n410000,河南省,,Province,extra")]
    [InlineData("code,name,parentCode,level\n410000,,,Province")]
    [InlineData("code,name,parentCode,level\n410000,河南省,4100,Province")]
    [InlineData("code,name,parentCode,level\n410000,\"河南省,,Province")]
    [InlineData("code,name,parentCode,level\n410000,河南省,,Province\n410000,河南,,Province")]
    [InlineData("")]
    public void Parse_rejects_malformed_csv(string csv)
    {
        Should.Throw<FormatException>(() => DivisionCatalog.Parse(new StringReader(csv)));
    }
}
