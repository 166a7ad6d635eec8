using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SealGuard.Core;
using SealGuard.Core.Codes;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Hosting;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Audit;

/// <param name="Action">An action key, or a family as its prefix with the dot (<c>PersonalData.</c>).</param>
/// <param name="UserName">Who acted: a login name or a person's name.</param>
/// <param name="Target">What was touched: a seal code, an organization's credit code or 单位编码, a filing number, a shop code, a login name.</param>
/// <param name="From">First China calendar day.</param>
/// <param name="To">Last China calendar day.</param>
/// <param name="Before">The keyset cursor: entries older than this id (<see cref="AuditPage.NextBefore"/>).</param>
/// <param name="Limit">Entries per page.</param>
public sealed record AuditSearch(string? Action, string? UserName, string? Target, DateOnly? From, DateOnly? To, long? Before, int? Limit);

/// <summary>
/// One entry as an officer reads it: the action and the kind of object in words (zh-CN, <see cref="AuditNames"/>), the
/// acting user's name and unit (<see cref="User.ShownUnit"/>, as the account has it now), and what the object is called
/// (its organization's, shop's or user's name) when it has one.
/// </summary>
public sealed record AuditRow(
    long Id, DateTime OccurredAt, string ActorName, string? ActorDisplayName, string? ActorUnit, string? ActorRole, string? ClientAddress,
    string Action, string ActionName, string EntityType, string EntityTypeName, string EntityKey, string? EntityName,
    string? DivisionCode, string? Purpose);

/// <summary>A page of entries, the cursor of the next, and how many entries match the filters on all pages.</summary>
public sealed record AuditPage(IReadOnlyList<AuditRow> Items, long? NextBefore, int Total);

/// <summary>
/// Reads the audit log for supervisors (PoliceAdmin, SystemAdmin) within their scope (<see cref="AuditScope"/>): newest
/// first, keyset-paginated on the gap-free id.
/// An action ending in '.' (e.g. "PersonalData.") matches the whole family. Dates are China calendar days. Each page
/// names its actions and objects in one batch (<see cref="AuditObjects"/>).
/// </summary>
public sealed class SearchAuditLogHandler(SealGuardDbContext db, IOptions<SealGuardOptions> options)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public async Task<Outcome<AuditPage>> HandleAsync(Actor actor, AuditSearch search, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.ReadAuditLog))
        {
            return Failure.Forbidden();
        }

        var errors = new ValidationErrors();
        errors.MaxLength("action", search.Action, 64);
        errors.MaxLength("userName", search.UserName, FieldLimits.UserName);
        errors.MaxLength("target", search.Target, 64);
        if (search is { From: { } first, To: { } last } && last < first)
        {
            errors.Add("to", Messages.Get("Audit.DateRangeReversed"));
        }

        var limit = search.Limit ?? DefaultLimit;
        if (limit is < 1 or > MaxLimit)
        {
            errors.Add("limit", Messages.Get("Search.InvalidLimit", MaxLimit));
        }

        if (errors.HasErrors)
        {
            return errors.ToFailure();
        }

        var query = db.AuditEntries.AsNoTracking().Where(AuditScope.ReadableBy(actor, options.Value.Jurisdiction));
        if (!string.IsNullOrWhiteSpace(search.Action))
        {
            var action = search.Action.Trim();
            query = action.EndsWith('.') ? query.Where(a => a.Action.StartsWith(action)) : query.Where(a => a.Action == action);
        }

        if (!string.IsNullOrWhiteSpace(search.UserName))
        {
            // A person's name stands for the logins it belongs to; the login itself also matches users since removed.
            var user = search.UserName.Trim();
            var logins = await db.Users.Where(u => u.DisplayName == user).Select(u => u.UserName).ToListAsync(cancellationToken);
            logins.Add(user);
            query = query.Where(a => logins.Contains(a.ActorName));
        }

        if (!string.IsNullOrWhiteSpace(search.Target))
        {
            var keys = await TargetKeysAsync(search.Target, cancellationToken);
            var types = AuditNames.EntityTypes;

            // The type list lets both providers use the (entity type, entity key) index.
            query = query.Where(a => types.Contains(a.EntityType) && keys.Contains(a.EntityKey));
        }

        if (search.From is { } from)
        {
            var fromUtc = ChinaTime.StartOfDayUtc(from);
            query = query.Where(a => a.OccurredAt >= fromUtc);
        }

        if (search.To is { } to)
        {
            var toUtc = ChinaTime.StartOfDayUtc(to.AddDays(1));
            query = query.Where(a => a.OccurredAt < toUtc);
        }

        var total = await query.CountAsync(cancellationToken);
        if (search.Before is { } before)
        {
            query = query.Where(a => a.Id < before);
        }

        var entries = await query.OrderByDescending(a => a.Id).Take(limit + 1)
            .Select(a => new { a.Id, a.OccurredAt, a.ActorUserId, a.ActorName, a.ActorRole, a.ClientAddress, a.Action, a.EntityType, a.EntityKey, a.DivisionCode, a.Purpose })
            .ToListAsync(cancellationToken);
        var shown = entries.Take(limit).ToList();
        var names = await AuditObjects.NameAsync(db, shown.Select(e => (e.EntityType, e.EntityKey)), cancellationToken);
        var actorIds = shown.Select(e => e.ActorUserId).OfType<long>().Distinct().ToList();
        var actors = await (from u in db.Users.AsNoTracking()
                            where actorIds.Contains(u.Id)
                            join s in db.Shops on u.ShopId equals s.Id into us
                            from s in us.DefaultIfEmpty()
                            select new { User = u, ShopName = s == null ? null : s.Name })
            .ToDictionaryAsync(a => a.User.Id, a => (DisplayName: (string?)a.User.DisplayName, Unit: a.User.ShownUnit(a.ShopName) is { Length: > 0 } unit ? unit : null), cancellationToken);
        var rows = shown.Select(e =>
            {
                var who = e.ActorUserId is { } id ? actors.GetValueOrDefault(id) : default;
                return new AuditRow(
                    e.Id, e.OccurredAt, e.ActorName, who.DisplayName, who.Unit, e.ActorRole, e.ClientAddress,
                    e.Action, AuditNames.Action(e.Action), e.EntityType, AuditNames.Entity(e.EntityType), e.EntityKey,
                    names.GetValueOrDefault((e.EntityType, e.EntityKey)), e.DivisionCode, e.Purpose);
            })
            .ToList();
        return new AuditPage(rows, entries.Count > limit ? shown[^1].Id : null, total);
    }

    /// <summary>
    /// The entity keys a typed object stands for: the value as typed (spaces removed, as a grouped seal code is shown),
    /// its upper case (credit codes), and the 单位编码 of an organization given by its credit code.
    /// </summary>
    private async Task<List<string>> TargetKeysAsync(string target, CancellationToken cancellationToken)
    {
        var typed = string.Concat(target.Where(c => !char.IsWhiteSpace(c)));
        var upper = typed.ToUpperInvariant();
        var keys = new List<string> { typed, upper };
        keys.AddRange(await db.Organizations.Where(o => o.CreditCode == upper).Select(o => o.OrgCode).ToListAsync(cancellationToken));
        return [.. keys.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Parses a yyyy-MM-dd query value; anything else is treated as absent by the page.</summary>
    public static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
