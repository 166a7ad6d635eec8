using SealGuard.Core.Codes;
using SealGuard.Core.Tests.Divisions;

namespace SealGuard.Core.Tests.Codes;

public class OrgAndShopCodeTests
{
    private static readonly DivisionCode Hongqi = DivisionCode.Parse("410702", TestCatalogs.Small);

    [Theory]
    [InlineData(1, "410702000001")]
    [InlineData(123, "410702000123")]
    [InlineData(999_999, "410702999999")]
    public void Create_pads_the_serial_to_six_digits(int serial, string value)
    {
        var org = OrgCode.Create(Hongqi, serial);
        var shop = ShopCode.Create(Hongqi, serial);

        org.Value.ShouldBe(value);
        org.DivisionCode.ShouldBe("410702");
        org.Serial.ShouldBe(serial);
        org.ToString().ShouldBe(value);
        shop.Value.ShouldBe(value);
        shop.DivisionCode.ShouldBe("410702");
        shop.Serial.ShouldBe(serial);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1_000_000)]
    public void Create_rejects_a_serial_out_of_range(int serial)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => OrgCode.Create(Hongqi, serial));
        Should.Throw<ArgumentOutOfRangeException>(() => ShopCode.Create(Hongqi, serial));
    }

    [Theory]
    [InlineData("110101000001", "110101", 1)]
    [InlineData("371481000002", "371481", 2)]
    [InlineData("450100 000003", "450100", 3)]
    public void TryParse_accepts_plain_and_grouped_forms(string value, string division, int serial)
    {
        OrgCode.TryParse(value, out var org, out var orgError).ShouldBeTrue();
        orgError.ShouldBeNull();
        org.DivisionCode.ShouldBe(division);
        org.Serial.ShouldBe(serial);

        ShopCode.TryParse(value, out var shop, out var shopError).ShouldBeTrue();
        shopError.ShouldBeNull();
        shop.Value.ShouldBe(org.Value);
    }

    [Theory]
    [InlineData(null, "Required")]
    [InlineData("", "Required")]
    [InlineData("4107020000001", "Format")]
    [InlineData("41070200001", "Format")]
    [InlineData("41070200000X", "Format")]
    [InlineData("410702000000", "Serial")]
    public void Invalid_codes_report_errors_under_their_own_prefix(string? value, string problem)
    {
        OrgCode.TryParse(value, out _, out var orgError).ShouldBeFalse();
        orgError.ShouldNotBeNull().Code.ShouldBe("OrgCode." + problem);

        ShopCode.TryParse(value, out _, out var shopError).ShouldBeFalse();
        shopError.ShouldNotBeNull().Code.ShouldBe("ShopCode." + problem);
        shopError.Message.ShouldNotBe(orgError.Message);
    }

    [Fact]
    public void Parse_throws_a_FormatException()
    {
        Should.Throw<FormatException>(() => OrgCode.Parse("410702000000"));
        Should.Throw<FormatException>(() => ShopCode.Parse("x"));
        ShopCode.Parse("410702000007").Serial.ShouldBe(7);
    }
}
