using SealGuard.Core.Codes;

namespace SealGuard.Core.Tests.Codes;

public sealed class FilingNumberTests
{
    private static readonly ShopCode Shop = ShopCode.Parse("410702000001");

    [Fact]
    public void A_number_is_shop_code_year_and_six_digit_serial()
    {
        var number = FilingNumber.Create(Shop, 2026, 123);

        number.Value.ShouldBe("410702000001-2026-000123");
        number.Value.Length.ShouldBe(FilingNumber.Length);
        (number.ShopCode, number.Year, number.Serial).ShouldBe(("410702000001", 2026, 123));
    }

    [Fact]
    public void The_year_is_the_China_calendar_year_of_intake()
    {
        // 2025-12-31 16:00 UTC is already 2026-01-01 00:00 in China.
        FilingNumber.YearOf(new DateTime(2025, 12, 31, 15, 59, 59, DateTimeKind.Utc)).ShouldBe(2025);
        FilingNumber.YearOf(new DateTime(2025, 12, 31, 16, 0, 0, DateTimeKind.Utc)).ShouldBe(2026);
    }

    [Theory]
    [InlineData("410702000001-2026-000123", "410702000001-2026-000123")]
    [InlineData(" ４１０７０２０００００１－２０２６－０００１２３ ", "410702000001-2026-000123")]
    [InlineData("410702000001-2026-999999", "410702000001-2026-999999")]
    public void Parses_the_printed_form(string input, string expected)
    {
        FilingNumber.TryParse(input, out var number, out var error).ShouldBeTrue(error?.Message);
        number.Value.ShouldBe(expected);
        FilingNumber.Parse(input).ShouldBe(number);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("241")]
    [InlineData("4107020001-2026-000123")]
    [InlineData("410702000001-2026-00123")]
    [InlineData("410702000001/2026/000123")]
    [InlineData("410702000001-2026-000000")]
    [InlineData("410702000000-2026-000001")]
    [InlineData("410702000001-1999-000001")]
    [InlineData("41070200000A-2026-000001")]
    public void Refuses_anything_else_with_a_Chinese_message(string? input)
    {
        FilingNumber.TryParse(input, out _, out var error).ShouldBeFalse();
        error!.Code.ShouldBe("FilingNumber.Format");
        error.Message.ShouldContain("备案编号");
    }

    [Fact]
    public void Serial_and_year_are_bounded()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => FilingNumber.Create(Shop, 2026, 0));
        Should.Throw<ArgumentOutOfRangeException>(() => FilingNumber.Create(Shop, 2026, FilingNumber.MaxSerial + 1));
        Should.Throw<ArgumentOutOfRangeException>(() => FilingNumber.Create(Shop, 1999, 1));
        Should.Throw<ArgumentException>(() => FilingNumber.Create(default, 2026, 1));
        FilingNumber.Exhausted("410702000001", 2026).Message.ShouldContain("410702000001");
    }
}
