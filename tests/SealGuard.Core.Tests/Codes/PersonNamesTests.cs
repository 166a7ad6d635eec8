using SealGuard.Core.Codes;

namespace SealGuard.Core.Tests.Codes;

public class PersonNamesTests
{
    [Theory]
    [InlineData("王五", "王五")]
    [InlineData(" 王小明 ", "王小明")]
    [InlineData("欧阳娜娜", "欧阳娜娜")]
    [InlineData("阿依古丽·买买提", "阿依古丽·买买提")]
    [InlineData("阿依古丽•买买提", "阿依古丽·买买提")]
    [InlineData("阿依古丽・买买提", "阿依古丽·买买提")]
    [InlineData("𠮷田", "𠮷田")]
    public void Valid_names_are_normalised(string value, string expected)
    {
        PersonNames.TryNormalize(value, out var name, out var error).ShouldBeTrue();
        error.ShouldBeNull();
        name.ShouldBe(expected);
    }

    [Fact]
    public void Thirty_characters_are_allowed_and_thirty_one_are_not()
    {
        PersonNames.TryNormalize(new string('王', 30), out _, out _).ShouldBeTrue();
        PersonNames.TryNormalize(new string('王', 31), out _, out var error).ShouldBeFalse();
        error.ShouldNotBeNull().Code.ShouldBe("PersonName.Length");
    }

    [Theory]
    [InlineData(null, "PersonName.Required")]
    [InlineData("", "PersonName.Required")]
    [InlineData("  ", "PersonName.Required")]
    [InlineData("王", "PersonName.Length")]
    [InlineData("王5", "PersonName.Charset")]
    [InlineData("王\t五", "PersonName.Charset")]
    [InlineData("王\u0007五", "PersonName.Charset")]
    [InlineData("王 五", "PersonName.Charset")]
    [InlineData("王@五", "PersonName.Charset")]
    [InlineData("·王五", "PersonName.Charset")]
    [InlineData("王五·", "PersonName.Charset")]
    [InlineData("王··五", "PersonName.Charset")]
    public void Invalid_names_report_a_distinct_error(string? value, string expectedCode)
    {
        PersonNames.TryNormalize(value, out var name, out var error).ShouldBeFalse();
        name.ShouldBeEmpty();
        error.ShouldNotBeNull().Code.ShouldBe(expectedCode);
    }

    [Theory]
    [InlineData("王五", "王*")]
    [InlineData("王小明", "王**")]
    [InlineData("欧阳娜娜", "欧***")]
    [InlineData("𠮷田", "𠮷*")]
    [InlineData("王", "王")]
    [InlineData("", "")]
    public void Mask_keeps_the_first_character(string name, string expected)
    {
        PersonNames.Mask(name).ShouldBe(expected);
    }
}
