using System.Globalization;
using Microsoft.Extensions.Localization;
using SealGuard.Web.Infrastructure.Lists;

namespace SealGuard.Web.Pages;

/// <summary>A column header that sorts its list: the link to the other order, and the state for <c>aria-sort</c> and the arrow.</summary>
public sealed record SortableHeader(string Label, string Href, string? AriaSort, string Icon, string Title)
{
    /// <summary>The header of a list's <paramref name="key"/> column; <paramref name="urlFor"/> gives the list URL in an order.</summary>
    public static SortableHeader For<TKey>(string label, TKey key, ListOrder<TKey> current, Func<string, string> urlFor, IStringLocalizer text)
        where TKey : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(urlFor);
        ArgumentNullException.ThrowIfNull(text);
        return For(label, EqualityComparer<TKey>.Default.Equals(current.Key, key), current.Descending, urlFor(current.Toggle(key).Value), text);
    }

    /// <summary>The header of any sortable column: <paramref name="active"/> when the list is sorted by it, <paramref name="href"/> the list in the order a click asks for.</summary>
    public static SortableHeader For(string label, bool active, bool descending, string href, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new(
            label,
            href,
            active ? (descending ? "descending" : "ascending") : null,
            active ? (descending ? "bi-caret-down-fill" : "bi-caret-up-fill") : "bi-chevron-expand text-secondary",
            text["List.SortBy", label]);
    }

    /// <summary>The current order in words ("按受理时间从新到旧"), for the list's caption.</summary>
    public static string Describe<TKey>(ListOrder<TKey> order, IStringLocalizer text)
        where TKey : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(text);
        return text["List.Order." + ListOrder.NameOf(order.Key) + (order.Descending ? ".Desc" : ".Asc")];
    }

    /// <summary>"共 N 条" or, when the count stopped at a cap, "超过 N 条".</summary>
    public static string Total(int total, bool isLowerBound, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var count = total.ToString("N0", CultureInfo.InvariantCulture);
        return isLowerBound ? text["List.TotalMore", count] : text["List.Total", count];
    }
}
