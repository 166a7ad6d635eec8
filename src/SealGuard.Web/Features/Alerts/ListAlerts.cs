using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Alerts;
using SealGuard.Core.Filings;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Alerts;

/// <summary>What an alert is about: a seal code, filing id, credit code, shop code or a person's blind index; the label is never a person's name.</summary>
public sealed record AlertSubject(AlertSubjectKind Kind, string Key, string? Label);

public sealed record AlertListItem(long Id, string Rule, AlertSeverity Severity, AlertState State, DateTime CreatedAt, AlertSubject Subject, string DivisionCode, long? AssigneeUserId, string? AssigneeName);

/// <summary>One page of alerts, newest first (or oldest first), with the next page's cursor and how many match.</summary>
public sealed record AlertPage(IReadOnlyList<AlertListItem> Items, string? NextCursor, int Total);

/// <summary>The list's filters; <c>Sort</c> is the pages' (<see cref="AlertOrder"/>: <c>-createdAt</c>, the default, or <c>createdAt</c>).</summary>
public sealed record AlertQuery(string? Rule, string? State, string? Cursor, string? Sort = null, int? Limit = null);

/// <summary>The alerts of the officer's jurisdiction, keyset-paginated by id (the order they were raised in).</summary>
public sealed class ListAlertsHandler(SealGuardDbContext db, IEnumerable<IAlertRule> rules)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public async Task<Outcome<AlertPage>> HandleAsync(Actor actor, AlertQuery query, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.HandleAlerts))
        {
            return Failure.Forbidden();
        }

        var errors = new ValidationErrors();
        if (query.Rule is { Length: > 0 } rule && !rules.Any(r => r.Rule == rule))
        {
            errors.Add("rule", RuleViolation.Of("Alert.UnknownRule"));
        }

        AlertState? state = null;
        if (query.State is { Length: > 0 })
        {
            if (EnumName.TryParse<AlertState>(query.State, out var parsed))
            {
                state = parsed;
            }
            else
            {
                errors.Add("state", RuleViolation.Of("Alert.InvalidState"));
            }
        }

        long? after = null;
        if (query.Cursor is { Length: > 0 })
        {
            if (long.TryParse(query.Cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
            {
                after = id;
            }
            else
            {
                errors.Add("cursor", RuleViolation.Of("Search.InvalidCursor"));
            }
        }

        if (!AlertOrder.TryParse(query.Sort, out var order))
        {
            errors.Add("sort", RuleViolation.Of("Alert.InvalidSort"));
        }

        if (errors.HasErrors)
        {
            return errors.ToFailure();
        }

        var alerts = db.Set<Alert>().AsNoTracking().VisibleTo(actor);
        if (query.Rule is { Length: > 0 } r)
        {
            alerts = alerts.Where(a => a.Rule == r);
        }

        if (state is { } s)
        {
            alerts = alerts.Where(a => a.State == s);
        }

        var total = await alerts.CountAsync(cancellationToken);
        var limit = Math.Clamp(query.Limit ?? DefaultLimit, 1, MaxLimit);
        var rows = await (from a in order.Apply(alerts, after).Take(limit + 1)
                          join u in db.Users on a.AssigneeUserId equals u.Id into assignees
                          from u in assignees.DefaultIfEmpty()
                          select new { a.Id, a.Rule, a.Severity, a.State, a.CreatedAt, a.SubjectKind, a.SubjectKey, a.SubjectLabel, a.DivisionCode, a.AssigneeUserId, AssigneeName = u == null ? null : u.DisplayName })
            .ToListAsync(cancellationToken);
        // The join does not keep the page's order.
        var ordered = order.Descending ? rows.OrderByDescending(a => a.Id) : rows.OrderBy(a => a.Id);
        var items = ordered.Take(limit)
            .Select(a => new AlertListItem(a.Id, a.Rule, a.Severity, a.State, a.CreatedAt, new AlertSubject(a.SubjectKind, a.SubjectKey, a.SubjectLabel), a.DivisionCode, a.AssigneeUserId, a.AssigneeName))
            .ToList();
        var next = rows.Count > limit ? items[^1].Id.ToString(CultureInfo.InvariantCulture) : null;
        return new AlertPage(items, next, total);
    }
}

/// <summary>The number of alerts not closed, by rule, in the officer's jurisdiction (the police dashboard).</summary>
public sealed record OpenAlertCount(string Rule, AlertSeverity Severity, int Count);

public sealed class CountOpenAlertsHandler(SealGuardDbContext db, IEnumerable<IAlertRule> rules)
{
    public async Task<Outcome<IReadOnlyList<OpenAlertCount>>> HandleAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.HandleAlerts))
        {
            return Failure.Forbidden();
        }

        var counts = await db.Set<Alert>().AsNoTracking().VisibleTo(actor)
            .Where(a => a.State != AlertState.Closed)
            .GroupBy(a => a.Rule)
            .Select(g => new { Rule = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Rule, g => g.Count, StringComparer.Ordinal, cancellationToken);
        return rules.Select(r => new OpenAlertCount(r.Rule, r.Severity, counts.GetValueOrDefault(r.Rule))).ToList();
    }
}
