using SealGuard.Core.Codes;
using SealGuard.Core.Divisions;
using SealGuard.Core.Tests.Divisions;

namespace SealGuard.Core.Tests.Codes;

public class DivisionCodeTests
{
    private readonly DivisionCatalog _catalog = TestCatalogs.Small;

    [Fact]
    public void A_known_code_parses_with_its_prefixes()
    {
        DivisionCode.TryParse(" 410702 ", _catalog, out var code, out var error).ShouldBeTrue();
        error.ShouldBeNull();
        code.Value.ShouldBe("410702");
        code.ToString().ShouldBe("410702");
        code.ProvincePrefix.ShouldBe("41");
        code.PrefecturePrefix.ShouldBe("4107");
    }

    [Theory]
    [InlineData(null, "DivisionCode.Required")]
    [InlineData("", "DivisionCode.Required")]
    [InlineData("41070", "DivisionCode.Format")]
    [InlineData("4107021", "DivisionCode.Format")]
    [InlineData("41070A", "DivisionCode.Format")]
    [InlineData("999999", "DivisionCode.NotFound")]
    public void Invalid_codes_report_a_distinct_error(string? value, string expectedCode)
    {
        DivisionCode.TryParse(value, _catalog, out _, out var error).ShouldBeFalse();
        error.ShouldNotBeNull().Code.ShouldBe(expectedCode);
    }

    [Fact]
    public void The_not_found_message_names_the_code()
    {
        DivisionCode.TryParse("999999", _catalog, out _, out var error);
        error.ShouldNotBeNull().Message.ShouldContain("999999");
    }

    [Fact]
    public void Parse_throws_a_FormatException_with_the_message()
    {
        var ex = Should.Throw<FormatException>(() => DivisionCode.Parse("999999", _catalog));
        ex.Message.ShouldBe(Messages.Get("DivisionCode.NotFound", "999999"));
    }

    [Fact]
    public void Parse_works_against_the_default_catalog()
    {
        DivisionCode.Parse("410783", DivisionCatalog.Default).Value.ShouldBe("410783");
    }
}
