using System.Linq.Expressions;
using SealGuard.Core.Filings;
using SealGuard.Web.Features.Identity;

namespace SealGuard.Web.Features.Filings;

/// <summary>
/// The one rule for which seals a user may see: a shop user its own shop's, everyone else the divisions of their
/// jurisdiction. Prefixes become code ranges (e.g. 4107 → 410700…410799) so the division index is used.
/// </summary>
public static class SealScope
{
    public static IQueryable<Seal> VisibleTo(this IQueryable<Seal> seals, Actor actor)
    {
        if (actor.IsShop)
        {
            var shopId = actor.ShopId ?? -1;
            return seals.Where(s => s.ShopId == shopId);
        }

        return seals.Where(DivisionFilter(actor.Jurisdiction));
    }

    public static bool CanSee(this Actor actor, Seal seal) =>
        actor.IsShop ? seal.ShopId == actor.ShopId : actor.CanSeeDivision(seal.DivisionCode);

    private static Expression<Func<Seal, bool>> DivisionFilter(IReadOnlyList<string> prefixes)
    {
        var seal = Expression.Parameter(typeof(Seal), "s");
        var division = Expression.Property(seal, nameof(Seal.DivisionCode));
        var compare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
        Expression? body = null;
        foreach (var prefix in prefixes.Distinct(StringComparer.Ordinal))
        {
            // Compare against constants padded to six digits: digit strings of one length sort the same in every collation.
            var low = Expression.GreaterThanOrEqual(Expression.Call(compare, division, Expression.Constant(prefix.PadRight(6, '0'))), Expression.Constant(0));
            var high = Expression.LessThanOrEqual(Expression.Call(compare, division, Expression.Constant(prefix.PadRight(6, '9'))), Expression.Constant(0));
            var range = Expression.AndAlso(low, high);
            body = body is null ? range : Expression.OrElse(body, range);
        }

        return Expression.Lambda<Func<Seal, bool>>(body ?? Expression.Constant(false), seal);
    }
}
