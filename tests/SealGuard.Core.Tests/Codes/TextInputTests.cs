using SealGuard.Core.Codes;

namespace SealGuard.Core.Tests.Codes;

public sealed class TextInputTests
{
    [Theory]
    [InlineData("\0")]
    [InlineData("\u0001")]
    [InlineData("\u001B")]
    [InlineData("\u001F")]
    [InlineData("\u007F")]
    [InlineData("\u0080")]
    [InlineData("\u009F")]
    [InlineData("\u202A")]
    [InlineData("\u202E")]
    [InlineData("\u2066")]
    [InlineData("\u2069")]
    public void Control_characters_and_bidi_overrides_are_forbidden(string character)
    {
        TextInput.IsClean("新乡市" + character + "公司").ShouldBeFalse();
    }

    [Theory]
    [InlineData("新乡市红旗区人民路1号")]
    [InlineData("第一行\r\n第二行\t缩进")]
    [InlineData("Zhang·San 张三 (ASCII 0x20–0x7E)")]
    [InlineData("\u00A0\u200D\u2065\u206A\u202F")]
    [InlineData("")]
    public void Ordinary_text_with_tabs_and_line_breaks_is_clean(string text)
    {
        TextInput.IsClean(text).ShouldBeTrue();
    }

    [Fact]
    public void The_error_has_a_chinese_message()
    {
        TextInput.Error.Code.ShouldBe("Text.ForbiddenCharacters");
        TextInput.Error.Message.ShouldContain("控制字符");
    }
}
