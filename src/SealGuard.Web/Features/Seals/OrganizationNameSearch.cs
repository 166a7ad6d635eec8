using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Organizations;
using SealGuard.Web.Data;

namespace SealGuard.Web.Features.Seals;

/// <summary>
/// Organization name substring search ("宏和机械" anywhere in the name) that an index can answer: the provider's own index
/// where it has one for the term's length (<see cref="DatabaseDialect.OrganizationIdsByNameIndex"/>), otherwise LIKE,
/// which PostgreSQL's trigram index also serves from three characters on.
/// </summary>
public static class OrganizationNameSearch
{
    /// <summary>Up to this many matching organizations, their seals are read by organization id.</summary>
    public const int MaxListed = 2000;

    /// <summary>
    /// The ids of the matching organizations when there are few, so that the seal query reads their seals through the
    /// organization index; null when more than <see cref="MaxListed"/> match (compose <see cref="Matching"/> instead).
    /// Left to itself the planner has no good estimate for a substring and walked millions of seals for a rare name.
    /// </summary>
    public static async Task<List<long>?> FindFewAsync(SealGuardDbContext db, string term, CancellationToken cancellationToken, int maxListed = MaxListed)
    {
        var ids = await Matching(db, term).Take(maxListed + 1).ToListAsync(cancellationToken);
        return ids.Count > maxListed ? null : ids;
    }

    /// <summary>Ids of the organizations whose name contains <paramref name="term"/>, as a subquery to compose.</summary>
    public static IQueryable<long> Matching(SealGuardDbContext db, string term) =>
        db.Dialect.OrganizationIdsByNameIndex(db, term) ?? db.Organizations.Where(NameContains(term)).Select(o => o.Id);

    /// <summary><c>name LIKE '%term%'</c> with the term's own <c>%</c>, <c>_</c> and <c>\</c> taken literally.</summary>
    private static Expression<Func<Organization, bool>> NameContains(string term)
    {
        // A literal, not a parameter: with prepared statements PostgreSQL would otherwise settle on one generic plan for
        // every term, which cannot know that this term is rare and scans the organizations.
        var pattern = LikePattern(term);
        return o => EF.Functions.Like(o.Name, EF.Constant(pattern), LikeEscape);
    }

    private const string LikeEscape = "\\";

    /// <summary><c>%term%</c> with the term's own <c>%</c>, <c>_</c> and <c>\</c> escaped by <see cref="LikeEscape"/>.</summary>
    private static string LikePattern(string term) =>
        "%" + term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
