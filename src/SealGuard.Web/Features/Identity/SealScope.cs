using System.Linq.Expressions;
using SealGuard.Core.Filings;

namespace SealGuard.Web.Features.Identity;

/// <summary>
/// The one rule for which seals a user may see: a shop user its own shop's, everyone else the divisions of their
/// jurisdiction. Prefixes become code ranges (<see cref="JurisdictionFilter"/>).
/// </summary>
public static class SealScope
{
    public static IQueryable<Seal> VisibleTo(this IQueryable<Seal> seals, Actor actor)
    {
        if (actor.Scope is ScopeKind.Shop)
        {
            var shopId = actor.ShopId ?? -1;
            return seals.Where(s => s.ShopId == shopId);
        }

        return seals.Where(DivisionFilter(actor.Jurisdiction));
    }

    private static Expression<Func<Seal, bool>> DivisionFilter(IReadOnlyList<string> prefixes) =>
        JurisdictionFilter.For<Seal>(s => s.DivisionCode, prefixes);
}
