using SealGuard.Core.Codes;

namespace SealGuard.Core.Tests.Codes;

public class OrganizationCodeTests
{
    [Theory]
    [InlineData("00000006", 'X')]
    [InlineData("00000005", '1')]
    [InlineData("00000000", '0')]
    [InlineData("M000100Y", '4')]
    [InlineData("55138508", '2')]
    [InlineData("12345678", '8')]
    [InlineData("07116206", '6')]
    public void ComputeCheckCharacter_matches_the_worked_examples(string body, char expected)
    {
        OrganizationCode.ComputeCheckCharacter(body).ShouldBe(expected);
    }

    [Theory]
    [InlineData("00000006X", "00000006X")]
    [InlineData("00000006x", "00000006X")]
    [InlineData("00000006-X", "00000006X")]
    [InlineData(" 123456788 ", "123456788")]
    [InlineData("M000100Y4", "M000100Y4")]
    public void Valid_codes_parse(string value, string expected)
    {
        OrganizationCode.TryParse(value, out var code, out var error).ShouldBeTrue();
        error.ShouldBeNull();
        code.Value.ShouldBe(expected);
    }

    [Theory]
    [InlineData(null, "OrganizationCode.Required")]
    [InlineData(" ", "OrganizationCode.Required")]
    [InlineData("0000006X", "OrganizationCode.Length")]
    [InlineData("000000006X", "OrganizationCode.Length")]
    [InlineData("0000000#X", "OrganizationCode.Charset")]
    [InlineData("00000006A", "OrganizationCode.Charset")]
    [InlineData("123456789", "OrganizationCode.CheckCharacter")]
    public void Invalid_codes_report_a_distinct_error(string? value, string expectedCode)
    {
        OrganizationCode.TryParse(value, out _, out var error).ShouldBeFalse();
        error.ShouldNotBeNull().Code.ShouldBe(expectedCode);
    }

    [Fact]
    public void ComputeCheckCharacter_rejects_bad_input()
    {
        Should.Throw<ArgumentException>(() => OrganizationCode.ComputeCheckCharacter("1234567"));
        Should.Throw<ArgumentException>(() => OrganizationCode.ComputeCheckCharacter("1234567a"));
    }
}
