using SealGuard.Web.Infrastructure.Lists;

namespace SealGuard.Web.Features.Inspections;

/// <summary>The inspection list's order in a page URL (<c>-inspectedAt</c>, <c>shop</c>, <c>-failed</c>); the default is newest first.</summary>
public sealed record InspectionOrder(InspectionSort Key, bool Descending) : ListOrder<InspectionSort>(Key, Descending)
{
    public static readonly InspectionOrder Default = new(InspectionSort.InspectedAt, true);

    /// <summary>Dates start newest first, failure counts largest first; shops by code from the lowest.</summary>
    protected override bool DescendingFirst(InspectionSort key) => key != InspectionSort.Shop;

    public static bool TryParse(string? text, out InspectionOrder order) => TryParse(text, Default, out order);
}
