using SealGuard.Core.Codes;
using SealGuard.Core.Tests.Divisions;

namespace SealGuard.Core.Tests.Codes;

public class SealCodeTests
{
    private static readonly DivisionCode Hongqi = DivisionCode.Parse("410702", TestCatalogs.Small);

    [Theory]
    [InlineData(1, "4107020000001", "410702 0000001")]
    [InlineData(475936, "4107020475936", "410702 0475936")]
    [InlineData(9_999_999, "4107029999999", "410702 9999999")]
    public void Create_pads_the_serial_to_seven_digits(int serial, string value, string formatted)
    {
        var code = SealCode.Create(Hongqi, serial);

        code.Value.ShouldBe(value);
        code.ToString().ShouldBe(value);
        code.Formatted.ShouldBe(formatted);
        code.DivisionCode.ShouldBe("410702");
        code.Serial.ShouldBe(serial);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(10_000_000)]
    public void Create_rejects_a_serial_out_of_range(int serial)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => SealCode.Create(Hongqi, serial));
    }

    [Fact]
    public void Create_rejects_an_empty_division()
    {
        Should.Throw<ArgumentException>(() => SealCode.Create(default, 1));
    }

    [Theory]
    [InlineData("3714026000011", "371402", 6000011)]
    [InlineData("4107020000001", "410702", 1)]
    [InlineData("410702 0000001", "410702", 1)]
    [InlineData(" 4107029999999 ", "410702", 9_999_999)]
    public void TryParse_accepts_plain_and_grouped_forms(string value, string division, int serial)
    {
        SealCode.TryParse(value, out var code, out var error).ShouldBeTrue();
        error.ShouldBeNull();
        code.DivisionCode.ShouldBe(division);
        code.Serial.ShouldBe(serial);
        code.Value.Length.ShouldBe(13);
    }

    [Theory]
    [InlineData(null, "SealCode.Required")]
    [InlineData(" ", "SealCode.Required")]
    [InlineData("410702000001", "SealCode.Format")]
    [InlineData("41070200000001", "SealCode.Format")]
    [InlineData("410702  0000001", "SealCode.Format")]
    [InlineData("4107020 000001", "SealCode.Format")]
    [InlineData("41070200000A1", "SealCode.Format")]
    [InlineData("4107020000000", "SealCode.Serial")]
    public void Invalid_codes_report_a_distinct_error(string? value, string expectedCode)
    {
        SealCode.TryParse(value, out _, out var error).ShouldBeFalse();
        error.ShouldNotBeNull().Code.ShouldBe(expectedCode);
    }

    [Fact]
    public void Parsed_and_created_codes_are_equal()
    {
        SealCode.Parse("410702 0000042").ShouldBe(SealCode.Create(Hongqi, 42));
    }

    [Fact]
    public void Default_value_is_empty()
    {
        default(SealCode).Value.ShouldBeEmpty();
        default(SealCode).Formatted.ShouldBeEmpty();
        default(SealCode).DivisionCode.ShouldBeEmpty();
        default(SealCode).Serial.ShouldBe(0);
    }
}
