using System.Text;

namespace SealGuard.Core.Codes;

/// <summary>Simple rules for person names (姓名), mainly Chinese names.</summary>
public static class PersonNames
{
    /// <summary>The separator in transliterated minority and foreign names, U+00B7 MIDDLE DOT.</summary>
    public const char Separator = '·';

    /// <summary>The shortest accepted name, in characters.</summary>
    public const int MinLength = 2;

    /// <summary>The longest accepted name, in characters.</summary>
    public const int MaxLength = 30;

    /// <summary>
    /// Trims the name and checks it: 2–30 characters (a character outside the Basic Multilingual Plane counts once),
    /// letters of any script only, plus the middle dot "·" between parts (look-alikes such as "•", "・" or "．" become "·").
    /// Errors: <c>PersonName.Required</c>, <c>PersonName.Length</c>, <c>PersonName.Charset</c> (digits, control
    /// characters, symbols, or a "·" at either end or doubled).
    /// </summary>
    public static bool TryNormalize(string? value, out string name, out CodeError? error)
    {
        name = string.Empty;
        if (string.IsNullOrWhiteSpace(value))
        {
            error = CodeError.Of("PersonName.Required");
            return false;
        }

        var builder = new StringBuilder(value.Length);
        var count = 0;
        var previousWasSeparator = true;
        foreach (var rune in value.Trim().EnumerateRunes())
        {
            var r = rune;
            if (IsSeparatorLookAlike(r))
            {
                if (previousWasSeparator)
                {
                    error = CodeError.Of("PersonName.Charset");
                    return false;
                }

                r = new Rune(Separator);
                previousWasSeparator = true;
            }
            else if (Rune.IsLetter(r))
            {
                previousWasSeparator = false;
            }
            else
            {
                error = CodeError.Of("PersonName.Charset");
                return false;
            }

            builder.Append(r.ToString());
            count++;
        }

        if (previousWasSeparator)
        {
            error = CodeError.Of("PersonName.Charset");
            return false;
        }

        if (count is < MinLength or > MaxLength)
        {
            error = CodeError.Of("PersonName.Length");
            return false;
        }

        name = builder.ToString();
        error = null;
        return true;
    }

    /// <summary>
    /// Masks a name for public pages: keeps the first character and stars the rest, "王*" for 王五, "王**" for 王小明.
    /// A one-character name is returned unchanged; null or empty gives an empty string.
    /// </summary>
    public static string Mask(string name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return string.Empty;
        }

        var runes = name.Trim().EnumerateRunes();
        var builder = new StringBuilder(name.Length);
        var first = true;
        foreach (var rune in runes)
        {
            builder.Append(first ? rune.ToString() : "*");
            first = false;
        }

        return builder.ToString();
    }

    private static bool IsSeparatorLookAlike(Rune rune) =>
        rune.Value is '·' or '•' or '・' or '．' or '.' or '‧' or '∙' or '･';
}
