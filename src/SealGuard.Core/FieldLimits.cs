using SealGuard.Core.Codes;

namespace SealGuard.Core;

/// <summary>
/// The longest text each kind of input takes. Handlers refuse longer free text with these numbers and forms render
/// them as <c>maxlength</c>, so a form never cuts off what the server accepts. Codes and numbers are judged by their
/// parsers; their limit here is the longest written form the parser accepts (surrounding spaces aside).
/// </summary>
public static class FieldLimits
{
    public const int OrganizationName = 100;

    /// <summary>An engraving shop's registered name.</summary>
    public const int ShopName = 100;

    public const int Address = 200;

    /// <summary>The inscription of a seal (印文).</summary>
    public const int SealText = 100;

    /// <summary>A note on a life-state change.</summary>
    public const int Note = 500;

    /// <summary>
    /// A person's name: <see cref="PersonNames.MaxLength"/> characters, but a form counts UTF-16 units, in which a rare
    /// character outside the Basic Multilingual Plane takes two.
    /// </summary>
    public const int PersonName = PersonNames.MaxLength * 2;

    /// <summary>An 18-character identity number (a legacy 15-digit one is shorter).</summary>
    public const int IdNumber = 18;

    public const int CreditCode = 18;

    /// <summary>
    /// A phone number (<see cref="PhoneNumber"/>): the longest forms are a mobile written <c>+86-139-1234-5678</c> (17) and a
    /// landline <c>0373-12345678</c> (13); a few more for spaces between the groups, which the parser drops.
    /// </summary>
    public const int Phone = 20;

    /// <summary>A seal code: 13 digits, or grouped with one space after the division (<c>410702 0000001</c>).</summary>
    public const int SealCode = 14;

    /// <summary>A shop code: 12 digits, or grouped with one space after the division.</summary>
    public const int ShopCode = 13;

    public const int DivisionCode = 6;

    /// <summary>A sign-in name (its pattern is checked by the account rules).</summary>
    public const int UserName = 64;

    /// <summary>The name an account is shown by.</summary>
    public const int DisplayName = 64;

    /// <summary>The code of a code-table entry (letters and digits).</summary>
    public const int CodeTableCode = 32;

    /// <summary>The name of a code-table entry.</summary>
    public const int CodeTableName = 64;
}
