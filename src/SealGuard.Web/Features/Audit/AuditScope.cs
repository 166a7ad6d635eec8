using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Identity;

namespace SealGuard.Web.Features.Audit;

/// <summary>
/// Which division an audit entry belongs to, and which entries a supervisor may read: those whose division lies in
/// one of their jurisdiction prefixes; entries without a division (system actions, code tables, city-wide users)
/// only when their jurisdiction covers the whole deployment area (<c>SealGuard:Jurisdiction</c>).
/// </summary>
public static class AuditScope
{
    /// <summary>The division of an act scoped by a jurisdiction (a police user, a person search): one county, or null for anything wider.</summary>
    public static string? OfJurisdiction(IReadOnlyList<string> prefixes) =>
        prefixes is [{ Length: 6 } county] ? county : null;

    /// <summary>A shop user belongs to their shop's division, a police user to their jurisdiction.</summary>
    public static async Task<string?> OfUserAsync(SealGuardDbContext db, User user, CancellationToken cancellationToken) =>
        user.ShopId is { } shopId
            ? await db.Shops.Where(s => s.Id == shopId).Select(s => s.DivisionCode).SingleOrDefaultAsync(cancellationToken)
            : OfJurisdiction(user.JurisdictionPrefixes);

    /// <summary>A filing belongs to its organization's division.</summary>
    public static Task<string?> OfFilingAsync(SealGuardDbContext db, long filingId, CancellationToken cancellationToken) =>
        db.Filings.Where(f => f.Id == filingId)
            .Join(db.Organizations, f => f.OrganizationId, o => o.Id, (_, o) => o.DivisionCode)
            .Select(d => (string?)d)
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>System administrators run the whole deployment; a police user reads within their jurisdiction.</summary>
    public static Expression<Func<AuditEntry, bool>> ReadableBy(Actor actor, string deploymentArea)
    {
        if (actor.Scope is ScopeKind.Everything)
        {
            return _ => true;
        }

        var coversArea = actor.Jurisdiction.Any(prefix => deploymentArea.StartsWith(prefix, StringComparison.Ordinal));
        var inJurisdiction = JurisdictionFilter.For<AuditEntry>(a => a.DivisionCode!, actor.Jurisdiction);
        if (!coversArea)
        {
            return inJurisdiction;
        }

        var entry = inJurisdiction.Parameters[0];
        var withoutDivision = Expression.Equal(Expression.Property(entry, nameof(AuditEntry.DivisionCode)), Expression.Constant(null, typeof(string)));
        return Expression.Lambda<Func<AuditEntry, bool>>(Expression.OrElse(withoutDivision, inJurisdiction.Body), entry);
    }
}
