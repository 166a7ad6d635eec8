using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SealGuard.Web.Data;

namespace SealGuard.Web.Features.Audit;

/// <summary>
/// What an audit entry's object key means to an officer: a seal's or filing's organization, an organization's, shop's or
/// user's name. One query per kind of object for a whole page (never one per row), and only names: no personal data is
/// read or decrypted (a person searched stays the masked number the entry holds).
/// </summary>
internal static class AuditObjects
{
    /// <summary>The names of the given objects, keyed by (entity type, entity key); objects without a name are absent.</summary>
    public static async Task<Dictionary<(string Type, string Key), string>> NameAsync(
        SealGuardDbContext db, IEnumerable<(string Type, string Key)> objects, CancellationToken cancellationToken)
    {
        var keys = objects.Distinct().GroupBy(o => o.Type).ToDictionary(g => g.Key, g => g.Select(o => o.Key).ToList());
        var names = new Dictionary<(string, string), string>();

        void Add(string type, IEnumerable<(string Key, string Name)> found)
        {
            foreach (var (key, name) in found)
            {
                names[(type, key)] = name;
            }
        }

        if (keys.TryGetValue("Seal", out var sealCodes))
        {
            Add("Seal", (await db.Seals.Where(s => sealCodes.Contains(s.SealCode))
                .Join(db.Organizations, s => s.OrganizationId, o => o.Id, (s, o) => new { s.SealCode, o.Name })
                .ToListAsync(cancellationToken)).Select(r => (r.SealCode, r.Name)));
        }

        if (keys.TryGetValue("Organization", out var orgCodes))
        {
            Add("Organization", (await db.Organizations.Where(o => orgCodes.Contains(o.OrgCode))
                .Select(o => new { o.OrgCode, o.Name }).ToListAsync(cancellationToken)).Select(r => (r.OrgCode, r.Name)));
        }

        if (keys.TryGetValue("Shop", out var shopCodes))
        {
            Add("Shop", (await db.Shops.Where(s => shopCodes.Contains(s.ShopCode))
                .Select(s => new { s.ShopCode, s.Name }).ToListAsync(cancellationToken)).Select(r => (r.ShopCode, r.Name)));
        }

        if (keys.TryGetValue("User", out var userNames))
        {
            Add("User", (await db.Users.Where(u => userNames.Contains(u.UserName))
                .Select(u => new { u.UserName, u.DisplayName }).ToListAsync(cancellationToken)).Select(r => (r.UserName, r.DisplayName)));
        }

        if (keys.TryGetValue("Filing", out var filingKeys))
        {
            var ids = Ids(filingKeys);
            Add("Filing", (await db.Filings.Where(f => ids.Contains(f.Id))
                .Select(f => new { f.Id, f.OrganizationName }).ToListAsync(cancellationToken)).Select(r => (Key(r.Id), r.OrganizationName)));
        }

        if (keys.TryGetValue("OrganizationChange", out var changeKeys))
        {
            var ids = Ids(changeKeys);
            Add("OrganizationChange", (await db.OrganizationChanges.Where(c => ids.Contains(c.Id))
                .Select(c => new { c.Id, c.OldName }).ToListAsync(cancellationToken)).Select(r => (Key(r.Id), r.OldName)));
        }

        return names;
    }

    private static List<long> Ids(IEnumerable<string> keys) =>
        [.. keys.Select(k => long.TryParse(k, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (long?)null).OfType<long>()];

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}
