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

public sealed record AuditSearch(string? Action, string? UserName, DateOnly? From, DateOnly? To, long? Before, int? Limit);

public sealed record AuditRow(long Id, DateTime OccurredAt, string ActorName, string? ActorRole, string? ClientAddress, string Action, string EntityType, string EntityKey, string? DivisionCode, string? Purpose);

public sealed record AuditPage(IReadOnlyList<AuditRow> Items, long? NextBefore);

/// <summary>
/// Reads the audit log for supervisors (PoliceAdmin, SystemAdmin) within their scope (<see cref="AuditScope"/>): newest
/// first, keyset-paginated on the gap-free id.
/// An action ending in '.' (e.g. "PersonalData.") matches the whole family. Dates are China calendar days.
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
            var user = search.UserName.Trim();
            query = query.Where(a => a.ActorName == user);
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

        if (search.Before is { } before)
        {
            query = query.Where(a => a.Id < before);
        }

        var rows = await query.OrderByDescending(a => a.Id).Take(limit + 1)
            .Select(a => new AuditRow(a.Id, a.OccurredAt, a.ActorName, a.ActorRole, a.ClientAddress, a.Action, a.EntityType, a.EntityKey, a.DivisionCode, a.Purpose))
            .ToListAsync(cancellationToken);
        return new AuditPage(rows.Take(limit).ToList(), rows.Count > limit ? rows[limit - 1].Id : null);
    }

    /// <summary>Parses a yyyy-MM-dd query value; anything else is treated as absent by the page.</summary>
    public static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
