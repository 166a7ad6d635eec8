using System.Linq.Expressions;
using SealGuard.Core.Organizations;
using SealGuard.Web.Infrastructure.Lists;

namespace SealGuard.Web.Features.Organizations;

/// <summary>The columns a change-filing list sorts by; every order ends with the filing id, so equal keys keep one order.</summary>
public enum ChangeSortKey
{
    FiledAt = 1,
    CreditCode = 2,
    OldName = 3,
}

/// <summary>A change-filing list's order; the default is newest filed first (<c>-filedAt</c>).</summary>
public sealed record ChangeOrder(ChangeSortKey Key, bool Descending) : ListOrder<ChangeSortKey>(Key, Descending)
{
    public static readonly ChangeOrder Default = new(ChangeSortKey.FiledAt, true);

    protected override bool DescendingFirst(ChangeSortKey key) => key == ChangeSortKey.FiledAt;

    public static bool TryParse(string? text, out ChangeOrder order) => TryParse(text, Default, out order);

    /// <summary>The change filings in this order; <paramref name="organizations"/> gives the credit code to sort by.</summary>
    public IQueryable<OrganizationChange> Apply(IQueryable<OrganizationChange> changes, IQueryable<Organization> organizations) => Key switch
    {
        ChangeSortKey.FiledAt => By(changes, c => c.FiledAt),
        ChangeSortKey.CreditCode => By(changes, c => organizations.Where(o => o.Id == c.OrganizationId).Select(o => o.CreditCode).First()),
        ChangeSortKey.OldName => By(changes, c => c.OldName),
        _ => throw new InvalidOperationException(),
    };

    private IQueryable<OrganizationChange> By<T>(IQueryable<OrganizationChange> changes, Expression<Func<OrganizationChange, T>> key) =>
        Descending ? changes.OrderByDescending(key).ThenByDescending(c => c.Id) : changes.OrderBy(key).ThenBy(c => c.Id);
}
