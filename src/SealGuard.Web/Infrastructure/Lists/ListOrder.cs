using System.Text.Json;

namespace SealGuard.Web.Infrastructure.Lists;

/// <summary>What every list order shares that is not bound to one list's columns.</summary>
public static class ListOrder
{
    /// <summary>A column's name in URLs and API queries: the key's camel-case name (<c>FiledAt</c> → <c>filedAt</c>).</summary>
    public static string NameOf<TKey>(TKey key)
        where TKey : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(key.ToString());
}

/// <summary>
/// A list's order as it travels in a URL and an API query: the column's camel-case name, <c>-</c> in front for
/// descending (<c>-filedAt</c>). Each list derives its own order from this one (its columns as <typeparamref name="TKey"/>,
/// which of them start newest or largest first, how the rows are ordered with the row id as the last key), so every
/// list parses, toggles and names its order the same way and the sortable headers work for all of them.
/// </summary>
public abstract record ListOrder<TKey>(TKey Key, bool Descending)
    where TKey : struct, Enum
{
    public string Value => (Descending ? "-" : string.Empty) + ListOrder.NameOf(Key);

    /// <summary>The order a header click asks for: the other direction of the current column, else this column in its first direction.</summary>
    public ListOrder<TKey> Toggle(TKey key) =>
        EqualityComparer<TKey>.Default.Equals(key, Key) ? this with { Descending = !Descending } : this with { Key = key, Descending = DescendingFirst(key) };

    /// <summary>Whether a first click on <paramref name="key"/> sorts it descending (dates: newest first; counts: largest first).</summary>
    protected abstract bool DescendingFirst(TKey key);

    /// <summary>Reads <c>[-]column</c> into <paramref name="order"/>: an empty text is <paramref name="fallback"/> (the list's default), an unknown column is refused.</summary>
    protected static bool TryParse<TOrder>(string? text, TOrder fallback, out TOrder order)
        where TOrder : ListOrder<TKey>
    {
        ArgumentNullException.ThrowIfNull(fallback);
        order = fallback;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var descending = text.StartsWith('-');
        var name = descending ? text[1..] : text;
        foreach (var key in Enum.GetValues<TKey>())
        {
            if (string.Equals(ListOrder.NameOf(key), name, StringComparison.OrdinalIgnoreCase))
            {
                order = (TOrder)(fallback with { Key = key, Descending = descending });
                return true;
            }
        }

        return false;
    }
}
