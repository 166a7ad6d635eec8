using SealGuard.Core.Codes;
using SealGuard.Core.Divisions;
using SealGuard.Core.Synthetic;

namespace SealGuard.Core.Tests.Divisions;

public class JurisdictionTests
{
    private static readonly DivisionCatalog Catalog = DivisionCatalog.Default;

    private static Jurisdiction Of(string prefix)
    {
        Jurisdiction.TryCreate(prefix, Catalog, out var jurisdiction, out var problem).ShouldBeTrue(problem);
        return jurisdiction!;
    }

    [Theory]
    [InlineData("4107", "410700")]
    [InlineData("41", "410000")]
    [InlineData("410702", "410702")]
    public void A_prefix_of_a_known_division_names_its_area(string prefix, string area) =>
        Of(prefix).Area.Code.ShouldBe(area);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("410")]
    [InlineData("41070")]
    [InlineData("4107a")]
    [InlineData("9999")]
    [InlineData("99")]
    [InlineData("410701")]
    [InlineData("1101")]
    public void A_prefix_naming_no_division_is_refused_with_a_problem(string? prefix)
    {
        Jurisdiction.TryCreate(prefix, Catalog, out var jurisdiction, out var problem).ShouldBeFalse();

        jurisdiction.ShouldBeNull();
        problem.ShouldNotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData("110101", "Jurisdiction.Outside")]
    [InlineData("710000", "Jurisdiction.Outside")]
    [InlineData("810000", "Jurisdiction.Outside")]
    [InlineData("410000", "Jurisdiction.Outside")]
    [InlineData("410102", "Jurisdiction.Outside")]
    [InlineData("410700", "Jurisdiction.NotCounty")]
    public void Only_county_level_divisions_inside_the_area_can_be_filed_for(string code, string expected)
    {
        var xinxiang = Of("4107");

        xinxiang.TryParseFilingDivision(code, out _, out var error).ShouldBeFalse();

        error.ShouldNotBeNull().Code.ShouldBe(expected);
        error.Message.ShouldContain(code);
        xinxiang.Allows(code).ShouldBeFalse();
    }

    [Fact]
    public void The_message_names_the_division_and_the_area()
    {
        Of("4107").TryParseFilingDivision("110101", out _, out var error).ShouldBeFalse();

        error!.Message.ShouldBe(Messages.Get("Jurisdiction.Outside", "110101", "北京市东城区", "河南省新乡市"));
    }

    [Fact]
    public void A_province_wide_jurisdiction_still_refuses_the_province_and_its_cities_themselves()
    {
        var henan = Of("41");

        henan.TryParseFilingDivision("410000", out _, out var province).ShouldBeFalse();
        henan.TryParseFilingDivision("410700", out _, out var city).ShouldBeFalse();
        henan.TryParseFilingDivision("410102", out var zhengzhou, out _).ShouldBeTrue();

        (province!.Code, city!.Code).ShouldBe(("Jurisdiction.NotCounty", "Jurisdiction.NotCounty"));
        zhengzhou.Value.ShouldBe("410102");
    }

    [Fact]
    public void The_counties_of_xinxiang_are_the_filing_divisions()
    {
        var xinxiang = Of("4107");

        xinxiang.Counties.Select(d => d.Code).ShouldContain("410702");
        xinxiang.Counties.Select(d => d.Code).ShouldContain("410783");
        xinxiang.Counties.ShouldAllBe(d => d.Code.StartsWith("4107") && d.Level == DivisionLevel.County);
        xinxiang.Counties.ShouldAllBe(d => xinxiang.Allows(d.Code));
    }

    [Theory]
    [InlineData("410702", true)]
    [InlineData("410100", true)]
    [InlineData("410000", true)]
    [InlineData("100000", true)]
    [InlineData("110108", false)]
    [InlineData("710000", false)]
    public void A_credit_code_registered_in_another_province_is_refused_except_national_registrations(string registration, bool accepted)
    {
        var creditCode = new SyntheticData(7).CreditCode(registration);
        var division = DivisionCode.Parse("410702", Catalog);

        var error = Jurisdiction.CheckRegistration(creditCode, division);

        (error is null).ShouldBe(accepted);
        if (!accepted)
        {
            error!.Code.ShouldBe("Jurisdiction.RegisteredElsewhere");
            error.Message.ShouldContain(registration);
        }
    }

    [Fact]
    public void Each_filing_county_is_reached_through_its_province_and_prefecture()
    {
        var paths = Of("4107").CountyPaths.ToList();

        paths.Select(p => p.County.Code).ShouldBe(Of("4107").Counties.Select(c => c.Code));
        paths.ShouldAllBe(p => p.Province.Code == "410000" && p.Prefecture.Code == "410700");
        paths.ShouldContain(p => p.County.Code == "410702" && p.County.Name == "红旗区");
    }

    [Fact]
    public void A_county_directly_under_its_province_has_the_province_as_its_prefecture()
    {
        var jiyuan = Of("41").CountyPaths.Single(p => p.County.Code == "419001");

        jiyuan.Province.Code.ShouldBe("410000");
        jiyuan.Prefecture.Code.ShouldBe("410000");
    }
}
