using System.Globalization;
using SealGuard.Core.Codes;

namespace SealGuard.Core.Tests.Codes;

public class IdNumberTests
{
    private static readonly DateOnly Today = new(2025, 6, 15);

    [Theory]
    [InlineData("11010519491231002X", 1949, 12, 31, false)]
    [InlineData("440524188001010014", 1880, 1, 1, true)]
    [InlineData("34052419800101001X", 1980, 1, 1, true)]
    public void Valid_numbers_parse_with_birth_date_and_sex(string value, int year, int month, int day, bool isMale)
    {
        IdNumber.TryParse(value, out var id, out var error).ShouldBeTrue();
        error.ShouldBeNull();
        id.Value.ShouldBe(value);
        id.ToString().ShouldBe(value);
        id.BirthDate.ShouldBe(new DateOnly(year, month, day));
        id.IsMale.ShouldBe(isMale);
    }

    [Theory]
    [InlineData("11010519491231002", 'X')]
    [InlineData("44052418800101001", '4')]
    [InlineData("34052419800101001", 'X')]
    public void ComputeCheckCharacter_matches_the_worked_examples(string first17, char expected)
    {
        IdNumber.ComputeCheckCharacter(first17).ShouldBe(expected);
    }

    [Fact]
    public void ComputeCheckCharacter_equals_the_mod_11_formula_for_every_remainder()
    {
        // Independent formula: weights 2^(18-i) mod 11, check = (12 - S mod 11) mod 11 with 10 -> 'X'.
        var seen = new HashSet<char>();
        for (var n = 0; n < 100; n++)
        {
            var first17 = "410702199001010" + n.ToString("00", CultureInfo.InvariantCulture);
            var sum = first17.Select((c, i) => (c - '0') * ((1 << (17 - i)) % 11)).Sum();
            var r = (12 - (sum % 11)) % 11;
            var expected = r == 10 ? 'X' : (char)('0' + r);

            IdNumber.ComputeCheckCharacter(first17).ShouldBe(expected, first17);
            seen.Add(expected);
        }

        seen.Count.ShouldBe(11);
    }

    [Fact]
    public void Lower_case_x_is_accepted_and_upper_cased()
    {
        IdNumber.Parse("11010519491231002x").Value.ShouldBe("11010519491231002X");
    }

    [Fact]
    public void Surrounding_spaces_are_trimmed()
    {
        IdNumber.Parse(" 440524188001010014 ").Value.ShouldBe("440524188001010014");
    }

    [Theory]
    [InlineData("110105491231002", "11010519491231002X")]
    [InlineData("340524800101001", "34052419800101001X")]
    public void A_legacy_15_digit_number_converts_to_18(string legacy, string expected)
    {
        IdNumber.TryParse(legacy, out var id, out var error).ShouldBeTrue();
        error.ShouldBeNull();
        id.Value.ShouldBe(expected);
        id.BirthDate.Year.ShouldBeLessThan(2000);
    }

    [Fact]
    public void A_legacy_number_with_an_impossible_date_is_rejected()
    {
        IdNumber.TryParse("110105490230002", out _, out var error).ShouldBeFalse();
        error.ShouldNotBeNull().Code.ShouldBe("IdNumber.BirthDate");
    }

    [Theory]
    [InlineData("410702", "20000230")]
    [InlineData("410702", "19990229")]
    [InlineData("410702", "19901301")]
    [InlineData("410702", "19900100")]
    public void An_impossible_birth_date_is_rejected(string area, string date)
    {
        var value = WithCheck(area + date + "123");

        IdNumber.TryParse(value, Today, out _, out var error).ShouldBeFalse();
        error.ShouldNotBeNull().Code.ShouldBe("IdNumber.BirthDate");
    }

    [Fact]
    public void Feb_29_in_a_leap_year_is_accepted()
    {
        IdNumber.Parse(WithCheck("41070220000229123"), Today).BirthDate.ShouldBe(new DateOnly(2000, 2, 29));
    }

    [Fact]
    public void A_birth_date_after_today_is_rejected()
    {
        var tomorrow = WithCheck("41070220250616123");

        IdNumber.TryParse(tomorrow, Today, out _, out var error).ShouldBeFalse();
        error.ShouldNotBeNull().Code.ShouldBe("IdNumber.FutureBirthDate");
        IdNumber.TryParse(WithCheck("41070220250615123"), Today, out _, out _).ShouldBeTrue();
    }

    [Fact]
    public void The_default_today_rejects_a_date_far_in_the_future()
    {
        IdNumber.TryParse(WithCheck("41070230000101123"), out _, out var error).ShouldBeFalse();
        error.ShouldNotBeNull().Code.ShouldBe("IdNumber.FutureBirthDate");
    }

    [Fact]
    public void Unknown_area_codes_are_not_rejected()
    {
        // 410728 长垣县 no longer exists (now 410783), and 999999 never did.
        IdNumber.TryParse(WithCheck("41072819800101001"), out _, out _).ShouldBeTrue();
        IdNumber.TryParse(WithCheck("99999919800101001"), out _, out _).ShouldBeTrue();
    }

    [Theory]
    [InlineData(null, "IdNumber.Required")]
    [InlineData("", "IdNumber.Required")]
    [InlineData("  ", "IdNumber.Required")]
    [InlineData("1101051949123100", "IdNumber.Length")]
    [InlineData("11010519491231002X1", "IdNumber.Length")]
    [InlineData("1101054912310X2", "IdNumber.Charset")]
    [InlineData("11010519491231002Y", "IdNumber.Charset")]
    [InlineData("1101051949123100X2", "IdNumber.Charset")]
    [InlineData("110105194912310021", "IdNumber.CheckCharacter")]
    [InlineData("440524188001010013", "IdNumber.CheckCharacter")]
    public void Invalid_numbers_report_a_distinct_error(string? value, string expectedCode)
    {
        IdNumber.TryParse(value, Today, out var id, out var error).ShouldBeFalse();
        id.ShouldBe(default);
        error.ShouldNotBeNull();
        error.Code.ShouldBe(expectedCode);
        error.Message.ShouldNotBe(expectedCode);
    }

    [Fact]
    public void Masked_keeps_the_first_6_and_last_4()
    {
        IdNumber.Parse("11010519491231002X").Masked.ShouldBe("110105********002X");
        IdNumber.Parse("440524188001010014").Masked.ShouldBe("440524********0014");
    }

    [Fact]
    public void Parse_throws_without_putting_the_number_in_the_message()
    {
        var ex = Should.Throw<FormatException>(() => IdNumber.Parse("110105194912310021"));
        ex.Message.ShouldBe(Messages.Get("IdNumber.CheckCharacter"));
        ex.Message.ShouldNotContain("110105");
    }

    [Fact]
    public void ComputeCheckCharacter_rejects_bad_input()
    {
        Should.Throw<ArgumentException>(() => IdNumber.ComputeCheckCharacter("1101051949123100"));
        Should.Throw<ArgumentException>(() => IdNumber.ComputeCheckCharacter("1101051949123100X"));
    }

    [Fact]
    public void Default_value_is_empty()
    {
        default(IdNumber).Value.ShouldBeEmpty();
        default(IdNumber).Masked.ShouldBeEmpty();
        default(IdNumber).IsMale.ShouldBeFalse();
    }

    private static string WithCheck(string first17) => first17 + IdNumber.ComputeCheckCharacter(first17);
}
