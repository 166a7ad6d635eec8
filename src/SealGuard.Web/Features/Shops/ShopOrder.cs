using SealGuard.Web.Infrastructure.Lists;

namespace SealGuard.Web.Features.Shops;

/// <summary>The columns the police shop list sorts by; the shop code (unique) is the last key, so equal keys keep one order.</summary>
public enum ShopSortKey
{
    Division = 1,
    ShopCode = 2,
    Name = 3,
    ActiveStaff = 4,
    SealCount = 5,
}

/// <summary>The shop list's order; the default is by county, then shop code (<c>division</c>).</summary>
public sealed record ShopOrder(ShopSortKey Key, bool Descending) : ListOrder<ShopSortKey>(Key, Descending)
{
    public static readonly ShopOrder Default = new(ShopSortKey.Division, false);

    protected override bool DescendingFirst(ShopSortKey key) => key is ShopSortKey.ActiveStaff or ShopSortKey.SealCount;

    public static bool TryParse(string? text, out ShopOrder order) => TryParse(text, Default, out order);

    /// <summary>
    /// The shops in this order. A jurisdiction has tens of shops and the counts come from separate aggregates, so the
    /// list is ordered after loading (ordinal text order, as the database orders the seal list).
    /// </summary>
    public IEnumerable<ShopListItem> Apply(IEnumerable<ShopListItem> shops)
    {
        var ordered = Key switch
        {
            ShopSortKey.Division => By(shops, s => s.DivisionCode),
            ShopSortKey.ShopCode => By(shops, s => s.ShopCode),
            ShopSortKey.Name => By(shops, s => s.Name),
            ShopSortKey.ActiveStaff => By(shops, s => s.ActiveStaff),
            ShopSortKey.SealCount => By(shops, s => s.SealCount),
            _ => throw new InvalidOperationException(),
        };
        return (Descending ? ordered.ThenByDescending(s => s.ShopCode, StringComparer.Ordinal) : ordered.ThenBy(s => s.ShopCode, StringComparer.Ordinal));
    }

    private IOrderedEnumerable<ShopListItem> By<T>(IEnumerable<ShopListItem> shops, Func<ShopListItem, T> key)
    {
        var comparer = typeof(T) == typeof(string) ? (IComparer<T>)StringComparer.Ordinal : Comparer<T>.Default;
        return Descending ? shops.OrderByDescending(key, comparer) : shops.OrderBy(key, comparer);
    }
}
