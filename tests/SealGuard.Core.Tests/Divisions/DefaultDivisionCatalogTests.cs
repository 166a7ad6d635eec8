using SealGuard.Core.Divisions;

namespace SealGuard.Core.Tests.Divisions;

/// <summary>Checks the embedded <c>divisions.csv</c> through <see cref="DivisionCatalog.Default"/>.</summary>
public class DefaultDivisionCatalogTests
{
    private readonly DivisionCatalog _catalog = DivisionCatalog.Default;

    [Fact]
    public void Default_is_loaded_once()
    {
        DivisionCatalog.Default.ShouldBeSameAs(_catalog);
    }

    [Fact]
    public void Default_contains_the_country_at_county_level()
    {
        _catalog.ChildrenOf(null).Count.ShouldBe(34);
        _catalog.Count.ShouldBeGreaterThan(3000);
    }

    [Fact]
    public void Hongqi_district_is_in_Xinxiang()
    {
        _catalog.Find("410702").ShouldBe(new Division("410702", "红旗区", "410700", DivisionLevel.County));
        _catalog.Find("410700").ShouldBe(new Division("410700", "新乡市", "410000", DivisionLevel.Prefecture));
        _catalog.FullName("410702").ShouldBe("河南省新乡市红旗区");
        _catalog.Contains("999999").ShouldBeFalse();
    }

    [Fact]
    public void A_division_is_shown_by_its_full_name_or_else_by_its_code()
    {
        _catalog.DisplayName("410702").ShouldBe("河南省新乡市红旗区");
        _catalog.DisplayName("999999").ShouldBe("999999");
    }

    [Fact]
    public void A_police_jurisdiction_is_shown_as_the_full_names_its_prefixes_stand_for()
    {
        _catalog.JurisdictionName(["41", "4107", "410702", "99"]).ShouldBe("河南省、河南省新乡市、河南省新乡市红旗区、99");
    }

    [Theory]
    [InlineData("410702", "红旗区")]
    [InlineData("410703", "卫滨区")]
    [InlineData("410704", "凤泉区")]
    [InlineData("410711", "牧野区")]
    [InlineData("410721", "新乡县")]
    [InlineData("410724", "获嘉县")]
    [InlineData("410725", "原阳县")]
    [InlineData("410726", "延津县")]
    [InlineData("410727", "封丘县")]
    [InlineData("410781", "卫辉市")]
    [InlineData("410782", "辉县市")]
    [InlineData("410783", "长垣市")]
    public void Every_Xinxiang_county_is_present(string code, string name)
    {
        var division = _catalog.Find(code).ShouldNotBeNull();
        division.Name.ShouldBe(name);
        division.ParentCode.ShouldBe("410700");
        division.Level.ShouldBe(DivisionLevel.County);
    }

    [Fact]
    public void Every_parent_exists_and_is_one_level_up_or_a_province()
    {
        foreach (var division in _catalog.All)
        {
            if (division.ParentCode is null)
            {
                division.Level.ShouldBe(DivisionLevel.Province, division.Code);
                continue;
            }

            var parent = _catalog.Find(division.ParentCode).ShouldNotBeNull(division.Code);
            ((int)parent.Level).ShouldBeLessThan((int)division.Level, division.Code);
            division.Code[..2].ShouldBe(parent.Code[..2], division.Code);
        }
    }

    [Fact]
    public void Municipality_districts_hang_directly_off_the_province()
    {
        _catalog.FullName("110101").ShouldBe("北京市东城区");
        _catalog.FullName("419001").ShouldBe("河南省济源市");
    }
}
