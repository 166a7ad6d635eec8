using System.Text;

namespace SealGuard.Core.Codes;

/// <summary>Shared clean-up of typed-in codes.</summary>
internal static class CodeText
{
    /// <summary>
    /// Converts full-width ASCII (as typed with a Chinese input method, e.g. <c>４１０７</c>) and the ideographic
    /// space to their half-width forms and trims; returns <see langword="null"/> for null or blank input.
    /// </summary>
    public static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var needsWidthFix = false;
        foreach (var c in value)
        {
            if (c is >= '\uFF01' and <= '\uFF5E' or '\u3000')
            {
                needsWidthFix = true;
                break;
            }
        }

        if (needsWidthFix)
        {
            var builder = new StringBuilder(value.Length);
            foreach (var c in value)
            {
                builder.Append(c switch
                {
                    >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                    '\u3000' => ' ',
                    _ => c,
                });
            }

            value = builder.ToString();
        }

        var trimmed = value.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    /// <summary><see cref="Clean"/> followed by upper-casing (invariant).</summary>
    public static string? CleanUpper(string? value) => Clean(value)?.ToUpperInvariant();

    /// <summary>Whether every character is an ASCII digit.</summary>
    public static bool AllDigits(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
