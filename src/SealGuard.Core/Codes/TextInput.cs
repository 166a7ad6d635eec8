using System.Buffers;

namespace SealGuard.Core.Codes;

/// <summary>
/// Characters no text input may carry: C0 controls other than tab, CR and LF, DEL, C1 controls, and the bidi
/// embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) that make stored text display as something else.
/// NUL also breaks PostgreSQL text parameters. Tab, CR and LF stay allowed: notes and addresses may be multi-line,
/// and the format checks of codes, ID numbers and names already refuse them where they do not belong.
/// </summary>
public static class TextInput
{
    private static readonly SearchValues<char> Forbidden = SearchValues.Create(
        [.. Range('\u0000', '\u001F').Where(c => c is not ('\t' or '\r' or '\n')), .. Range('\u007F', '\u009F'), .. Range('\u202A', '\u202E'), .. Range('\u2066', '\u2069')]);

    /// <summary>True when <paramref name="text"/> has none of the forbidden characters.</summary>
    public static bool IsClean(ReadOnlySpan<char> text) => !text.ContainsAny(Forbidden);

    /// <summary>The error for a field that carries a forbidden character: <c>Text.ForbiddenCharacters</c>.</summary>
    public static CodeError Error => CodeError.Of("Text.ForbiddenCharacters");

    private static IEnumerable<char> Range(char first, char last) =>
        Enumerable.Range(first, last - first + 1).Select(c => (char)c);
}
