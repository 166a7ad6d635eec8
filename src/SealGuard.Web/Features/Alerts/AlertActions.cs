using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Alerts;
using SealGuard.Core.Filings;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Alerts;

public sealed record AssignAlertRequest(long? AssigneeUserId);

public sealed record CloseAlertRequest(string? Note);

/// <summary>One alert with what triggered it and who handled it.</summary>
public sealed record AlertView(
    long Id,
    string Rule,
    AlertSeverity Severity,
    AlertState State,
    DateTime CreatedAt,
    AlertSubject Subject,
    string DivisionCode,
    IReadOnlyDictionary<string, JsonElement> Facts,
    long? AssigneeUserId,
    string? AssigneeName,
    DateTime? AssignedAt,
    long? ClosedByUserId,
    string? ClosedByName,
    DateTime? ClosedAt,
    string? CloseNote);

/// <summary>An officer the alert may be given to (the assign form's choices).</summary>
public sealed record AlertAssignee(long UserId, string DisplayName, string UserName);

internal static class AlertViews
{
    public static async Task<AlertView> ViewAsync(this SealGuardDbContext db, Alert alert, CancellationToken ct)
    {
        var ids = new[] { alert.AssigneeUserId, alert.ClosedByUserId }.Where(i => i is not null).Select(i => i!.Value).ToList();
        var names = ids.Count == 0 ? [] : await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var facts = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(alert.Facts) ?? [];
        return new AlertView(alert.Id, alert.Rule, alert.Severity, alert.State, alert.CreatedAt, new AlertSubject(alert.SubjectKind, alert.SubjectKey, alert.SubjectLabel),
            alert.DivisionCode, facts, alert.AssigneeUserId, alert.AssigneeUserId is { } a ? names.GetValueOrDefault(a) : null, alert.AssignedAt,
            alert.ClosedByUserId, alert.ClosedByUserId is { } c ? names.GetValueOrDefault(c) : null, alert.ClosedAt, alert.CloseNote);
    }
}

public sealed class GetAlertHandler(SealGuardDbContext db)
{
    public async Task<Outcome<AlertView>> HandleAsync(Actor actor, long id, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.HandleAlerts))
        {
            return Failure.Forbidden();
        }

        var alert = await db.Set<Alert>().AsNoTracking().VisibleTo(actor).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        return alert is null ? Failure.NotFound("Alert.NotFound") : await db.ViewAsync(alert, cancellationToken);
    }

    /// <summary>The officers who may take the alert: enabled police users with the capability whose jurisdiction covers its division.</summary>
    public async Task<IReadOnlyList<AlertAssignee>> AssigneesAsync(Actor actor, long id, CancellationToken cancellationToken)
    {
        var alert = await db.Set<Alert>().AsNoTracking().VisibleTo(actor).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (alert is null)
        {
            return [];
        }

        var roles = RoleCapabilities.RolesWith(Capability.HandleAlerts).Where(r => RoleCapabilities.ScopeOf(r) is ScopeKind.Jurisdiction).ToList();
        var users = await db.Users.AsNoTracking().Where(u => roles.Contains(u.Role) && !u.IsDisabled).OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        return [.. users.Where(u => AssignAlertHandler.Covers(u, alert.DivisionCode)).Select(u => new AlertAssignee(u.Id, u.DisplayName, u.UserName))];
    }
}

/// <summary>
/// 指派: gives an open or assigned alert to an officer, by default the caller. The assignee must be an enabled police
/// user who handles alerts and whose jurisdiction covers the alert's division. Audited.
/// </summary>
public sealed class AssignAlertHandler(SealGuardDbContext db, UnitOfWork unitOfWork, AuditTrail audit, TimeProvider clock)
{
    public async Task<Outcome<AlertView>> HandleAsync(Actor actor, long id, AssignAlertRequest request, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.HandleAlerts))
        {
            return Failure.Forbidden();
        }

        return await unitOfWork.ExecuteAsync<AlertView>(async ct =>
        {
            var alert = await db.Set<Alert>().VisibleTo(actor).SingleOrDefaultAsync(a => a.Id == id, ct);
            if (alert is null)
            {
                return Failure.NotFound("Alert.NotFound");
            }

            var assigneeId = request.AssigneeUserId ?? actor.UserId;
            var assignee = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == assigneeId, ct);
            if (assignee is null || assignee.IsDisabled || !RoleCapabilities.Has(assignee.Role, Capability.HandleAlerts)
                || RoleCapabilities.ScopeOf(assignee.Role) is not ScopeKind.Jurisdiction || !Covers(assignee, alert.DivisionCode))
            {
                return Failure.Validation("assigneeUserId", RuleViolation.Of("Alert.AssigneeNotEligible"));
            }

            if (alert.Assign(assignee.Id, clock.GetUtcNow().UtcDateTime) is { } error)
            {
                return Failure.Rule(error);
            }

            audit.Record(actor, "Alert.Assigned", "Alert", alert.Id.ToString(CultureInfo.InvariantCulture), detail: $"{alert.Rule} to {assignee.UserName}", division: alert.DivisionCode);
            return await db.ViewAsync(alert, ct);
        }, cancellationToken);
    }

    internal static bool Covers(User user, string divisionCode) =>
        user.JurisdictionPrefixes.Any(prefix => divisionCode.StartsWith(prefix, StringComparison.Ordinal));
}

/// <summary>结案: closes an open or assigned alert with a note of what was done (required). Audited.</summary>
public sealed class CloseAlertHandler(SealGuardDbContext db, UnitOfWork unitOfWork, AuditTrail audit, TimeProvider clock)
{
    public async Task<Outcome<AlertView>> HandleAsync(Actor actor, long id, CloseAlertRequest request, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.HandleAlerts))
        {
            return Failure.Forbidden();
        }

        var errors = new ValidationErrors();
        var note = request.Note;
        errors.Required("note", note);
        errors.MaxLength("note", note, Alert.MaxNoteLength);
        if (errors.HasErrors)
        {
            return errors.ToFailure();
        }

        return await unitOfWork.ExecuteAsync<AlertView>(async ct =>
        {
            var alert = await db.Set<Alert>().VisibleTo(actor).SingleOrDefaultAsync(a => a.Id == id, ct);
            if (alert is null)
            {
                return Failure.NotFound("Alert.NotFound");
            }

            if (alert.Close(actor.UserId, note!.Trim(), clock.GetUtcNow().UtcDateTime) is { } error)
            {
                return Failure.Rule(error);
            }

            audit.Record(actor, "Alert.Closed", "Alert", alert.Id.ToString(CultureInfo.InvariantCulture), detail: alert.Rule, division: alert.DivisionCode);
            return await db.ViewAsync(alert, ct);
        }, cancellationToken);
    }
}
