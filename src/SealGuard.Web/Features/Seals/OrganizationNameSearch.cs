using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Filings;
using SealGuard.Core.Organizations;
using SealGuard.Web.Data;

namespace SealGuard.Web.Features.Seals;

/// <summary>
/// Organization name substring search ("宏和机械" anywhere in the name) that an index can answer. From three characters
/// on it reads the organization name copied onto each seal (<see cref="Seal.OrganizationName"/>) through a trigram index
/// on <c>seals</c> (<see cref="DatabaseDialect.SealIdsByOrganizationNameIndex"/>, or LIKE, which PostgreSQL's trigram
/// index serves), so the database can read the matching seals in list order however many organizations match; shorter
/// terms first look for a few matching organizations through the organizations' own indexes.
/// </summary>
public static class OrganizationNameSearch
{
    /// <summary>The seals whose organization's name contains <paramref name="term"/>.</summary>
    public static async Task<IQueryable<Seal>> FilterAsync(SealGuardDbContext db, IQueryable<Seal> seals, string term, CancellationToken cancellationToken)
    {
        if (term.Length < SealNameTrigramLength)
        {
            var listed = await FindFewAsync(db, term, cancellationToken);
            if (listed is not null)
            {
                return seals.Where(s => listed.Contains(s.OrganizationId));
            }
        }
        else if (db.Dialect.SealIdsByOrganizationNameIndex(db, term) is { } ids)
        {
            return seals.Where(s => ids.Contains(s.Id));
        }

        var pattern = LikePattern(term);
        return seals.Where(s => EF.Functions.Like(s.OrganizationName, EF.Constant(pattern), LikeEscape));
    }

    /// <summary>From this length on a term is looked up in the seals' own trigram index.</summary>
    private const int SealNameTrigramLength = 3;

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
