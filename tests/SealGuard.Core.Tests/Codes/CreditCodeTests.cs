using SealGuard.Core.Codes;

namespace SealGuard.Core.Tests.Codes;

public class CreditCodeTests
{
    [Theory]
    [InlineData("9141070000000006XN")]
    [InlineData("91350100M000100Y43")]
    [InlineData("91110108551385082Q")]
    public void Valid_codes_parse(string value)
    {
        CreditCode.TryParse(value, out var code, out var error).ShouldBeTrue();
        error.ShouldBeNull();
        code.Value.ShouldBe(value);
        code.ToString().ShouldBe(value);
    }

    [Fact]
    public void Parts_are_exposed()
    {
        var code = CreditCode.Parse("9141070000000006XN");

        code.RegistrationDivision.ShouldBe("410700");
        code.OrganizationCode.Value.ShouldBe("00000006X");
    }

    [Fact]
    public void Input_is_trimmed_and_upper_cased()
    {
        CreditCode.Parse("  91350100m000100y43 ").Value.ShouldBe("91350100M000100Y43");
    }

    [Fact]
    public void Full_width_input_is_converted()
    {
        CreditCode.Parse("９１４１０７０００００００００６ＸＮ").Value.ShouldBe("9141070000000006XN");
    }

    [Theory]
    [InlineData(null, "CreditCode.Required")]
    [InlineData("", "CreditCode.Required")]
    [InlineData("   ", "CreditCode.Required")]
    [InlineData("9141070000000006X", "CreditCode.Length")]
    [InlineData("9141070000000006XNN", "CreditCode.Length")]
    [InlineData("9141070000000006IN", "CreditCode.Charset")]
    [InlineData("914107000000000-XN", "CreditCode.Charset")]
    [InlineData("91350100M000100Y4Z", "CreditCode.Charset")]
    [InlineData("91350100M000100Y44", "CreditCode.CheckCharacter")]
    [InlineData("91310104071162065Y", "CreditCode.CheckCharacter")]
    [InlineData("9141070000000006XM", "CreditCode.CheckCharacter")]
    [InlineData("91110000123456789Q", "CreditCode.OrganizationCheck")]
    [InlineData("91440300083000123J", "CreditCode.OrganizationCheck")]
    public void Invalid_codes_report_a_distinct_error(string? value, string expectedCode)
    {
        CreditCode.TryParse(value, out var code, out var error).ShouldBeFalse();
        code.ShouldBe(default);
        error.ShouldNotBeNull();
        error.Code.ShouldBe(expectedCode);
        error.Message.ShouldNotBe(expectedCode);
    }

    [Theory]
    [InlineData("91350100M000100Y4", '3')]
    [InlineData("91310104071162065", 'L')]
    [InlineData("91110000123456789", 'Q')]
    [InlineData("9141070000000006X", 'N')]
    public void ComputeCheckCharacter_matches_the_worked_examples(string first17, char expected)
    {
        CreditCode.ComputeCheckCharacter(first17).ShouldBe(expected);
    }

    [Fact]
    public void ComputeCheckCharacter_rejects_bad_input()
    {
        Should.Throw<ArgumentException>(() => CreditCode.ComputeCheckCharacter("9141070000000006"));
        Should.Throw<ArgumentException>(() => CreditCode.ComputeCheckCharacter("9141070000000006O"));
    }

    [Fact]
    public void Parse_throws_with_the_chinese_message()
    {
        var ex = Should.Throw<FormatException>(() => CreditCode.Parse("91110000123456789Q"));
        ex.Message.ShouldBe(Messages.Get("CreditCode.OrganizationCheck"));
    }

    [Fact]
    public void Default_value_is_empty()
    {
        default(CreditCode).Value.ShouldBeEmpty();
        default(CreditCode).RegistrationDivision.ShouldBeEmpty();
        default(CreditCode).OrganizationCode.ShouldBe(default);
    }

    [Fact]
    public void Equal_values_are_equal()
    {
        CreditCode.Parse("9141070000000006xn").ShouldBe(CreditCode.Parse("9141070000000006XN"));
    }
}
