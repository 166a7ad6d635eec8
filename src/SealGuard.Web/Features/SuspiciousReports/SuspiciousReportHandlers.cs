using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Codes;
using SealGuard.Core.Divisions;
using SealGuard.Core.Filings;
using SealGuard.Core.Supervision;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.PersonalData;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.SuspiciousReports;

/// <param name="Category">A <see cref="SuspiciousCategory"/> name.</param>
/// <param name="Description">What was seen.</param>
/// <param name="IdNumber">The person concerned, optional.</param>
/// <param name="CreditCode">The organization concerned, optional.</param>
/// <param name="SealCode">The seal concerned, optional (need not be registered: it may be a forged seal's).</param>
/// <param name="DivisionCode">An officer's report: the division whose police handle it. A shop's report is its shop's division.</param>
public sealed record SuspiciousReportRequest(string? Category, string? Description, string? IdNumber, string? CreditCode, string? SealCode, string? DivisionCode = null);

public sealed record AssignRequest(long? AssigneeUserId);

public sealed record CloseRequest(string? Note);

/// <summary>A suspicious report as its shop and the police see it: the person's ID number masked, never in full.</summary>
public sealed record SuspiciousReportView(
    long Id,
    SuspiciousCategory Category,
    string Description,
    string? MaskedIdNumber,
    string? CreditCode,
    string? SealCode,
    string DivisionCode,
    string DivisionName,
    string? ShopCode,
    string? ShopName,
    SuspiciousReportState State,
    string ReportedBy,
    DateTime ReportedAt,
    string? Assignee,
    DateTime? AssignedAt,
    DateTime? ClosedAt,
    string? ClosedBy,
    string? CloseNote);

/// <summary>Which reports a user may see: a shop its own, police those of their jurisdiction's divisions; anything else is absent.</summary>
internal static class SuspiciousReportScope
{
    public static IQueryable<SuspiciousReport> VisibleTo(this IQueryable<SuspiciousReport> reports, Actor actor) => actor.Scope switch
    {
        ScopeKind.Shop => reports.Where(r => r.ShopId == (actor.ShopId ?? -1)),
        ScopeKind.Jurisdiction => reports.Where(JurisdictionFilter.For<SuspiciousReport>(r => r.DivisionCode, actor.Jurisdiction)),
        _ => reports.Where(_ => false),
    };

    public static async Task<List<SuspiciousReportView>> ViewsAsync(this SealGuardDbContext db, IReadOnlyList<SuspiciousReport> reports, PersonalDataProtector protector, CancellationToken ct)
    {
        var shopIds = reports.Where(r => r.ShopId is not null).Select(r => r.ShopId!.Value).Distinct().ToList();
        var shops = await db.Shops.AsNoTracking().Where(s => shopIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => (s.ShopCode, s.Name), ct);
        return reports.Select(r =>
        {
            var shop = r.ShopId is { } id ? shops[id] : default((string ShopCode, string Name)?);
            return new SuspiciousReportView(r.Id, r.Category, r.Description, r.PersonIdNumberCipher is { } cipher ? protector.MaskedIdNumber(cipher) : null,
                r.CreditCode, r.SealCode, r.DivisionCode, DivisionCatalog.Default.DisplayName(r.DivisionCode), shop?.ShopCode, shop?.Name, r.State,
                r.ReportedByName, r.ReportedAt, r.AssigneeName, r.AssignedAt, r.ClosedAt, r.ClosedByName, r.CloseNote);
        }).ToList();
    }
}

/// <summary>
/// Files a suspicious report. The links are checked for form only (a code seen on a forged seal need not exist); the
/// person's ID number is stored as blind index and ciphertext, so the watch list and person searches can match it.
/// </summary>
public sealed class FileSuspiciousReportHandler(SealGuardDbContext db, UnitOfWork unitOfWork, AuditTrail audit, PersonalDataProtector protector, TimeProvider clock)
{
    public async Task<Outcome<SuspiciousReportView>> HandleAsync(Actor actor, SuspiciousReportRequest request, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.FileSuspiciousReports) || (actor.Scope is ScopeKind.Shop && actor.ShopId is null))
        {
            return Failure.Forbidden();
        }

        var errors = new ValidationErrors();
        if (!EnumName.TryParse<SuspiciousCategory>(request.Category, out var category))
        {
            errors.Add("category", Messages.Get("SuspiciousReport.InvalidCategory"));
        }

        errors.Required("description", request.Description);
        errors.MaxLength("description", request.Description, SuspiciousReport.MaxDescriptionLength);
        var idNumber = string.IsNullOrWhiteSpace(request.IdNumber) ? null : errors.Parse<IdNumber>("idNumber", request.IdNumber, IdNumber.TryParse);
        var creditCode = string.IsNullOrWhiteSpace(request.CreditCode) ? null : errors.Parse<CreditCode>("creditCode", request.CreditCode, CreditCode.TryParse);
        var sealCode = string.IsNullOrWhiteSpace(request.SealCode) ? null : errors.Parse<SealCode>("sealCode", request.SealCode, SealCode.TryParse);
        string? division = null;
        if (actor.Scope is ScopeKind.Jurisdiction)
        {
            division = request.DivisionCode?.Trim();
            if (division is null || division.Length != 6 || !division.All(char.IsAsciiDigit) || DivisionCatalog.Default.Find(division) is null)
            {
                errors.Add("divisionCode", Messages.Get("DivisionCode.NotFound"));
            }
            else if (!actor.CanSeeDivision(division))
            {
                errors.Add("divisionCode", Messages.Get("Jurisdiction.Outside"));
            }
        }

        if (errors.HasErrors)
        {
            return errors.ToFailure();
        }

        return await unitOfWork.ExecuteAsync<SuspiciousReportView>(async ct =>
        {
            if (actor.Scope is ScopeKind.Shop)
            {
                division = await db.Shops.AsNoTracking().Where(s => s.Id == actor.ShopId).Select(s => s.DivisionCode).SingleAsync(ct);
            }

            var report = new SuspiciousReport(division!, actor.Scope is ScopeKind.Shop ? actor.ShopId : null, category, request.Description!.Trim(),
                idNumber is { } id ? protector.ProtectIdNumber(id) : null, creditCode?.Value, sealCode?.Value, actor.ToEventActor(), clock.GetUtcNow().UtcDateTime);
            db.SuspiciousReports.Add(report);
            await db.SaveChangesAsync(ct);
            audit.Record(actor, "SuspiciousReport.Filed", "SuspiciousReport", report.Id.ToString(CultureInfo.InvariantCulture), detail: category.ToString(), division: report.DivisionCode);
            return (await db.ViewsAsync([report], protector, ct))[0];
        }, cancellationToken);
    }
}

/// <summary>The reports the user may see, newest first, optionally by state.</summary>
public sealed class ListSuspiciousReportsHandler(SealGuardDbContext db, PersonalDataProtector protector)
{
    public const int Limit = 200;

    public async Task<Outcome<IReadOnlyList<SuspiciousReportView>>> HandleAsync(Actor actor, string? state, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.FileSuspiciousReports) && !actor.Can(Capability.HandleSuspiciousReports))
        {
            return Failure.Forbidden();
        }

        var query = db.SuspiciousReports.AsNoTracking().VisibleTo(actor);
        if (!string.IsNullOrEmpty(state))
        {
            if (!EnumName.TryParse<SuspiciousReportState>(state, out var parsed))
            {
                return Failure.Validation("state", RuleViolation.Of("SuspiciousReport.InvalidState"));
            }

            query = query.Where(r => r.State == parsed);
        }

        var reports = await query.OrderByDescending(r => r.Id).Take(Limit).ToListAsync(cancellationToken);
        return await db.ViewsAsync(reports, protector, cancellationToken);
    }
}

/// <summary>One report the user may see; reading it is audited (it may name a person).</summary>
public sealed class GetSuspiciousReportHandler(SealGuardDbContext db, UnitOfWork unitOfWork, AuditTrail audit, PersonalDataProtector protector)
{
    public async Task<Outcome<SuspiciousReportView>> HandleAsync(Actor actor, long id, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.FileSuspiciousReports) && !actor.Can(Capability.HandleSuspiciousReports))
        {
            return Failure.Forbidden();
        }

        return await unitOfWork.ExecuteAsync<SuspiciousReportView>(async ct =>
        {
            if (await db.SuspiciousReports.AsNoTracking().VisibleTo(actor).SingleOrDefaultAsync(r => r.Id == id, ct) is not { } report)
            {
                return Failure.NotFound("SuspiciousReport.NotFound");
            }

            audit.Record(actor, "SuspiciousReport.Viewed", "SuspiciousReport", report.Id.ToString(CultureInfo.InvariantCulture), division: report.DivisionCode);
            return (await db.ViewsAsync([report], protector, ct))[0];
        }, cancellationToken);
    }
}

/// <summary>
/// The police of the report's division assign it (to themselves unless an officer is named who also sees the division)
/// and close it with a note. A closed report is decided; of parallel decisions one wins (concurrency token), the others get 409.
/// </summary>
public sealed class HandleSuspiciousReportHandler(SealGuardDbContext db, UnitOfWork unitOfWork, AuditTrail audit, PersonalDataProtector protector, TimeProvider clock)
{
    public async Task<Outcome<SuspiciousReportView>> AssignAsync(Actor actor, long id, AssignRequest request, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.HandleSuspiciousReports))
        {
            return Failure.Forbidden();
        }

        return await unitOfWork.ExecuteAsync<SuspiciousReportView>(async ct =>
        {
            if (await db.SuspiciousReports.VisibleTo(actor).SingleOrDefaultAsync(r => r.Id == id, ct) is not { } report)
            {
                return Failure.NotFound("SuspiciousReport.NotFound");
            }

            var assignee = actor.ToEventActor();
            if (request.AssigneeUserId is { } userId && userId != actor.UserId)
            {
                var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, ct);
                if (user is null || user.IsDisabled || !RoleCapabilities.Has(user.Role, Capability.HandleSuspiciousReports)
                    || !user.JurisdictionPrefixes.Any(p => report.DivisionCode.StartsWith(p, StringComparison.Ordinal)))
                {
                    return Failure.Validation("assigneeUserId", RuleViolation.Of("SuspiciousReport.InvalidAssignee"));
                }

                assignee = new(user.Id, user.UserName);
            }

            if (report.Assign(assignee, clock.GetUtcNow().UtcDateTime) is { } error)
            {
                return Failure.Rule(error);
            }

            audit.Record(actor, "SuspiciousReport.Assigned", "SuspiciousReport", report.Id.ToString(CultureInfo.InvariantCulture), detail: assignee.UserName, division: report.DivisionCode);
            return (await db.ViewsAsync([report], protector, ct))[0];
        }, cancellationToken);
    }

    public async Task<Outcome<SuspiciousReportView>> CloseAsync(Actor actor, long id, CloseRequest request, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.HandleSuspiciousReports))
        {
            return Failure.Forbidden();
        }

        var errors = new ValidationErrors();
        errors.Required("note", request.Note);
        errors.MaxLength("note", request.Note, SuspiciousReport.MaxNoteLength);
        if (errors.HasErrors)
        {
            return errors.ToFailure();
        }

        return await unitOfWork.ExecuteAsync<SuspiciousReportView>(async ct =>
        {
            if (await db.SuspiciousReports.VisibleTo(actor).SingleOrDefaultAsync(r => r.Id == id, ct) is not { } report)
            {
                return Failure.NotFound("SuspiciousReport.NotFound");
            }

            if (report.Close(request.Note!.Trim(), actor.ToEventActor(), clock.GetUtcNow().UtcDateTime) is { } error)
            {
                return Failure.Rule(error);
            }

            audit.Record(actor, "SuspiciousReport.Closed", "SuspiciousReport", report.Id.ToString(CultureInfo.InvariantCulture), detail: report.CloseNote, division: report.DivisionCode);
            return (await db.ViewsAsync([report], protector, ct))[0];
        }, cancellationToken);
    }
}
