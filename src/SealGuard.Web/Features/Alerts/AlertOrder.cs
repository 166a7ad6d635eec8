using SealGuard.Core.Alerts;
using SealGuard.Web.Infrastructure.Lists;

namespace SealGuard.Web.Features.Alerts;

/// <summary>The columns the alerts list sorts by.</summary>
public enum AlertSortKey
{
    /// <summary>When the alert was raised: the id's order (ids are given as alerts are written), so the cursor is the id.</summary>
    CreatedAt = 1,
}

/// <summary>The alerts list's order; the default is newest first (<c>-createdAt</c>). Keyset-paged by id in either direction.</summary>
public sealed record AlertOrder(AlertSortKey Key, bool Descending) : ListOrder<AlertSortKey>(Key, Descending)
{
    public static readonly AlertOrder Default = new(AlertSortKey.CreatedAt, true);

    protected override bool DescendingFirst(AlertSortKey key) => true;

    public static bool TryParse(string? text, out AlertOrder order) => TryParse(text, Default, out order);

    /// <summary>The alerts after the cursor's id, in this order.</summary>
    public IQueryable<Alert> Apply(IQueryable<Alert> alerts, long? after)
    {
        if (after is { } id)
        {
            alerts = Descending ? alerts.Where(a => a.Id < id) : alerts.Where(a => a.Id > id);
        }

        return Descending ? alerts.OrderByDescending(a => a.Id) : alerts.OrderBy(a => a.Id);
    }
}
