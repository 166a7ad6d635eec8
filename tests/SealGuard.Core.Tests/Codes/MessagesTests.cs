using System.Globalization;
using SealGuard.Core.Codes;

namespace SealGuard.Core.Tests.Codes;

public class MessagesTests
{
    /// <summary>Every message code produced by the code types in SealGuard.Core.Codes.</summary>
    public static TheoryData<string> CodeMessageKeys =>
    [
        "CreditCode.Required", "CreditCode.Length", "CreditCode.Charset", "CreditCode.OrganizationCheck", "CreditCode.CheckCharacter",
        "OrganizationCode.Required", "OrganizationCode.Length", "OrganizationCode.Charset", "OrganizationCode.CheckCharacter",
        "IdNumber.Required", "IdNumber.Length", "IdNumber.Charset", "IdNumber.BirthDate", "IdNumber.FutureBirthDate", "IdNumber.CheckCharacter",
        "DivisionCode.Required", "DivisionCode.Format", "DivisionCode.NotFound",
        "SealCode.Required", "SealCode.Format", "SealCode.Serial",
        "OrgCode.Required", "OrgCode.Format", "OrgCode.Serial",
        "ShopCode.Required", "ShopCode.Format", "ShopCode.Serial",
        "PhoneNumber.Required", "PhoneNumber.Format",
        "PersonName.Required", "PersonName.Length", "PersonName.Charset",
        "Text.ForbiddenCharacters",
    ];

    [Theory]
    [MemberData(nameof(CodeMessageKeys))]
    public void Every_code_has_a_chinese_message(string code)
    {
        Messages.Exists(code).ShouldBeTrue(code);
        var message = Messages.Get(code);
        message.ShouldNotBe(code);
        message.ShouldContain(c => c >= '\u4E00' && c <= '\u9FFF', code);
    }

    [Fact]
    public void An_unknown_code_returns_the_code()
    {
        Messages.Get("No.Such.Code").ShouldBe("No.Such.Code");
    }

    [Fact]
    public void Arguments_are_formatted_into_the_message()
    {
        Messages.Get("DivisionCode.NotFound", "999999").ShouldBe("行政区划代码 999999 不存在");
    }

    [Fact]
    public void Other_ui_cultures_fall_back_to_the_chinese_text()
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
            Messages.Get("CreditCode.Required").ShouldBe("请输入统一社会信用代码");
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
