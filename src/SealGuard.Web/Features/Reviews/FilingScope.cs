using SealGuard.Core.Filings;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Identity;

namespace SealGuard.Web.Features.Reviews;

/// <summary>Which filings a user may see: those whose seals <see cref="SealScope"/> lets them see (a shop its own filings).</summary>
public static class FilingScope
{
    public static IQueryable<Filing> VisibleTo(this IQueryable<Filing> filings, SealGuardDbContext db, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Scope is ScopeKind.Shop)
        {
            var shopId = actor.ShopId ?? -1;
            return filings.Where(f => f.ShopId == shopId);
        }

        var seals = db.Seals.VisibleTo(actor);
        return filings.Where(f => seals.Any(s => s.FilingId == f.Id));
    }
}
