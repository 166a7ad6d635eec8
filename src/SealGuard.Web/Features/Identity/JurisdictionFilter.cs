using System.Linq.Expressions;

namespace SealGuard.Web.Features.Identity;

/// <summary>
/// Turns jurisdiction prefixes into a predicate over a six-digit division code column: each prefix becomes a range
/// (4107 → 410700…410799), so the division index is used. Digit strings of one length sort the same in every collation.
/// </summary>
public static class JurisdictionFilter
{
    public static Expression<Func<T, bool>> For<T>(Expression<Func<T, string>> divisionCode, IEnumerable<string> prefixes)
    {
        var compare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
        var division = divisionCode.Body;
        Expression? body = null;
        foreach (var prefix in prefixes.Distinct(StringComparer.Ordinal))
        {
            var low = Expression.GreaterThanOrEqual(Expression.Call(compare, division, Expression.Constant(prefix.PadRight(6, '0'))), Expression.Constant(0));
            var high = Expression.LessThanOrEqual(Expression.Call(compare, division, Expression.Constant(prefix.PadRight(6, '9'))), Expression.Constant(0));
            var range = Expression.AndAlso(low, high);
            body = body is null ? range : Expression.OrElse(body, range);
        }

        return Expression.Lambda<Func<T, bool>>(body ?? Expression.Constant(false), divisionCode.Parameters);
    }
}
