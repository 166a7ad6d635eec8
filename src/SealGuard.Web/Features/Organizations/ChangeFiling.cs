using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core;
using SealGuard.Core.Codes;
using SealGuard.Core.Filings;
using SealGuard.Core.Organizations;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.PersonalData;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Organizations;

public sealed record OrganizationChangeRequest(string? CreditCode, string? NewName, PersonInput? NewLegalRepresentative, string? Note, IReadOnlyList<string>? SurrenderSealCodes);

public sealed record ReviewRequest(string? Reason);

/// <summary>A change filing as its shop and the reviewing police see it: names only, never an ID number or phone.</summary>
public sealed record OrganizationChangeView(
    long Id,
    string CreditCode,
    string OrgCode,
    string DivisionCode,
    string ShopName,
    string OldName,
    string? NewName,
    string OldLegalRepresentativeName,
    string? NewLegalRepresentativeName,
    string Note,
    IReadOnlyList<string> SurrenderSealCodes,
    OrganizationChangeState State,
    DateTime FiledAt,
    DateTime? ReviewedAt,
    string? ReviewNote);

public sealed record OrganizationChangeSummary(long Id, string CreditCode, string OldName, string? NewName, bool ChangesLegalRepresentative, OrganizationChangeState State, DateTime FiledAt, DateTime? ReviewedAt, string? ReviewNote);

/// <summary>
/// A change-filing list in <see cref="Sort"/> order: its first <see cref="ListOrganizationChangesHandler.Limit"/> filings
/// and the <see cref="Total"/> of the whole list (exact: change filings are few, counting them is cheap).
/// </summary>
public sealed record OrganizationChangePage(IReadOnlyList<OrganizationChangeSummary> Items, int Total, string Sort);

/// <summary>
/// Which change filings a user may see: a shop its own, police those of organizations in their jurisdiction (by the
/// organization's division when filed). Anything else is reported as absent.
/// </summary>
internal static class OrganizationChangeScope
{
    public static IQueryable<OrganizationChange> VisibleTo(this IQueryable<OrganizationChange> changes, Actor actor)
    {
        if (actor.Scope is ScopeKind.Shop)
        {
            var shopId = actor.ShopId ?? -1;
            return changes.Where(c => c.ShopId == shopId);
        }

        Expression<Func<OrganizationChange, bool>> inJurisdiction = JurisdictionFilter.For<OrganizationChange>(c => c.DivisionCode, actor.Jurisdiction);
        return actor.Scope is ScopeKind.Jurisdiction ? changes.Where(inJurisdiction) : changes.Where(_ => false);
    }

    public static async Task<OrganizationChangeView> ViewAsync(this SealGuardDbContext db, OrganizationChange change, CancellationToken ct)
    {
        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == change.OrganizationId).Select(o => new { o.CreditCode, o.OrgCode }).SingleAsync(ct);
        var shopName = await db.Shops.AsNoTracking().Where(s => s.Id == change.ShopId).Select(s => s.Name).SingleAsync(ct);
        return new OrganizationChangeView(change.Id, organization.CreditCode, organization.OrgCode, change.DivisionCode, shopName, change.OldName, change.NewName,
            change.OldLegalRepresentative.Name, change.NewLegalRepresentative?.Name, change.Note, change.Seals.Select(s => s.SealCode).ToList(),
            change.State, change.FiledAt, change.ReviewedAt, change.ReviewNote);
    }
}

/// <summary>变更备案 filed by a shop: the organization's new name and/or legal representative, the reason, and which in-use seals to surrender.</summary>
public sealed class FileOrganizationChangeHandler(SealGuardDbContext db, UnitOfWork unitOfWork, OrganizationRegistry organizations, AuditTrail audit, PersonalDataProtector protector, TimeProvider clock)
{
    public const int MaxSeals = 20;

    public async Task<Outcome<OrganizationChangeView>> HandleAsync(Actor actor, OrganizationChangeRequest request, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.FileOrganizationChanges) || actor.ShopId is not { } shopId)
        {
            return Failure.Forbidden();
        }

        var errors = new ValidationErrors();
        var creditCode = errors.Parse<CreditCode>("creditCode", request.CreditCode, CreditCode.TryParse);
        var newName = string.IsNullOrWhiteSpace(request.NewName) ? null : request.NewName.Trim();
        errors.MaxLength("newName", newName, FieldLimits.OrganizationName);
        var newLegalRepresentative = request.NewLegalRepresentative is null ? null : errors.Person("newLegalRepresentative", request.NewLegalRepresentative, phoneRequired: false);
        errors.Required("note", request.Note);
        errors.MaxLength("note", request.Note, OrganizationChange.MaxNoteLength);
        var sealCodes = new List<string>();
        var codes = request.SurrenderSealCodes ?? [];
        if (codes.Count > MaxSeals)
        {
            errors.Add("surrenderSealCodes", Messages.Get("OrganizationChange.TooManySeals", MaxSeals));
        }

        for (var i = 0; i < codes.Count && i < MaxSeals; i++)
        {
            if (errors.Parse<SealCode>($"surrenderSealCodes[{i}]", codes[i], SealCode.TryParse) is { } code)
            {
                sealCodes.Add(code.Value);
            }
        }

        if (errors.HasErrors)
        {
            return errors.ToFailure();
        }

        return await unitOfWork.ExecuteAsync<OrganizationChangeView>(async ct =>
        {
            // Locked so that two filings for one organization cannot both be pending.
            if (await organizations.FindLockedAsync(creditCode!.Value.Value, ct) is not { } organization)
            {
                return Failure.Validation("creditCode", RuleViolation.Of("OrganizationChange.OrganizationNotFound"));
            }

            if (await db.OrganizationChanges.AnyAsync(c => c.OrganizationId == organization.Id && c.State == OrganizationChangeState.Pending, ct))
            {
                return Failure.Rule("OrganizationChange.AlreadyPending");
            }

            var found = await db.Seals.AsNoTracking().Where(s => sealCodes.Contains(s.SealCode)).ToDictionaryAsync(s => s.SealCode, StringComparer.Ordinal, ct);
            for (var i = 0; i < sealCodes.Count; i++)
            {
                if (!found.ContainsKey(sealCodes[i]))
                {
                    return Failure.Rule(RuleViolation.Of("OrganizationChange.SealNotInUse"), $"surrenderSealCodes[{i}]");
                }
            }

            var (change, field, error) = OrganizationChange.File(organization, shopId, newName, newLegalRepresentative?.Protect(protector), request.Note!.Trim(),
                sealCodes.Select(c => found[c]).ToList(), actor.ToEventActor(), clock.GetUtcNow().UtcDateTime);
            if (error is not null)
            {
                return Failure.Rule(error, field!);
            }

            db.OrganizationChanges.Add(change!);
            await db.SaveChangesAsync(ct);
            audit.Record(actor, "OrganizationChange.Filed", "OrganizationChange", change!.Id.ToString(CultureInfo.InvariantCulture),
                detail: string.Create(CultureInfo.InvariantCulture, $"organization {organization.OrgCode}; name {(newName is null ? "unchanged" : "changed")}; legal representative {(newLegalRepresentative is null ? "unchanged" : "changed")}; surrender {string.Join(',', sealCodes)}"));
            return await db.ViewAsync(change, ct);
        }, cancellationToken);
    }
}

/// <summary>The change filings the user may see, newest first, optionally by state.</summary>
public sealed class ListOrganizationChangesHandler(SealGuardDbContext db)
{
    public const int Limit = 200;

    public async Task<Outcome<OrganizationChangePage>> HandleAsync(Actor actor, string? state, string? sort, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.ViewOrganizationChanges))
        {
            return Failure.Forbidden();
        }

        var query = db.OrganizationChanges.AsNoTracking().VisibleTo(actor);
        if (state is not null)
        {
            if (!EnumName.TryParse<OrganizationChangeState>(state, out var parsed))
            {
                return Failure.Validation("state", RuleViolation.Of("OrganizationChange.InvalidState"));
            }

            query = query.Where(c => c.State == parsed);
        }

        if (!ChangeOrder.TryParse(sort, out var order))
        {
            return Failure.Validation("sort", RuleViolation.Of("Search.InvalidSort"));
        }

        var total = await query.CountAsync(cancellationToken);
        var organizations = db.Organizations.AsNoTracking();
        var rows = await order.Apply(query, organizations)
            .Take(Limit)
            .Select(c => new OrganizationChangeSummary(c.Id, organizations.Where(o => o.Id == c.OrganizationId).Select(o => o.CreditCode).First(), c.OldName, c.NewName, c.NewLegalRepresentative != null, c.State, c.FiledAt, c.ReviewedAt, c.ReviewNote))
            .ToListAsync(cancellationToken);
        return new OrganizationChangePage(rows, total, order.Value);
    }
}

/// <summary>One change filing; it names the old and new legal representatives, so reading it is audited.</summary>
public sealed class GetOrganizationChangeHandler(SealGuardDbContext db, UnitOfWork unitOfWork, AuditTrail audit)
{
    public async Task<Outcome<OrganizationChangeView>> HandleAsync(Actor actor, long id, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.ViewOrganizationChanges))
        {
            return Failure.Forbidden();
        }

        return await unitOfWork.ExecuteAsync<OrganizationChangeView>(async ct =>
        {
            var change = await db.OrganizationChanges.AsNoTracking().Include(c => c.Seals).VisibleTo(actor).SingleOrDefaultAsync(c => c.Id == id, ct);
            if (change is null)
            {
                return Failure.NotFound("OrganizationChange.NotFound");
            }

            audit.Record(actor, "OrganizationChange.Viewed", "OrganizationChange", change.Id.ToString(CultureInfo.InvariantCulture));
            return await db.ViewAsync(change, ct);
        }, cancellationToken);
    }
}

/// <summary>
/// Police of the organization's jurisdiction decide a pending change filing. Approval changes the master record and
/// surrenders the chosen seals in one unit of work; a change is decided once (the organization row is locked and the
/// change carries a concurrency token, so of parallel decisions one wins and the others get 409).
/// </summary>
public sealed class ReviewOrganizationChangeHandler(SealGuardDbContext db, UnitOfWork unitOfWork, OrganizationRegistry organizations, AuditTrail audit, TimeProvider clock)
{
    public async Task<Outcome<OrganizationChangeView>> ApproveAsync(Actor actor, long id, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.ReviewOrganizationChanges))
        {
            return Failure.Forbidden();
        }

        return await unitOfWork.ExecuteAsync<OrganizationChangeView>(async ct =>
        {
            if (await LoadAsync(actor, id, ct) is not { } change)
            {
                return Failure.NotFound("OrganizationChange.NotFound");
            }

            var organization = await organizations.GetLockedAsync(change.OrganizationId, ct);
            var sealIds = change.Seals.Select(s => s.SealId).ToList();
            var seals = await db.Seals.Where(s => sealIds.Contains(s.Id)).ToListAsync(ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var (error, surrendered) = change.Approve(organization, seals, actor.ToEventActor(), now);
            if (error is not null)
            {
                return Failure.Rule(error);
            }

            var key = change.Id.ToString(CultureInfo.InvariantCulture);
            audit.Record(actor, "OrganizationChange.Approved", "OrganizationChange", key);
            audit.Record(actor, "Organization.Changed", "Organization", organization.OrgCode, detail: "organization change " + key);
            foreach (var seal in surrendered)
            {
                audit.Record(actor, "Seal.Surrendered", "Seal", seal.SealCode, detail: "organization change " + key);
            }

            return await db.ViewAsync(change, ct);
        }, cancellationToken);
    }

    public async Task<Outcome<OrganizationChangeView>> RejectAsync(Actor actor, long id, ReviewRequest request, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.ReviewOrganizationChanges))
        {
            return Failure.Forbidden();
        }

        var errors = new ValidationErrors();
        errors.Required("reason", request.Reason);
        errors.MaxLength("reason", request.Reason, OrganizationChange.MaxNoteLength);
        if (errors.HasErrors)
        {
            return errors.ToFailure();
        }

        return await unitOfWork.ExecuteAsync<OrganizationChangeView>(async ct =>
        {
            if (await LoadAsync(actor, id, ct) is not { } change)
            {
                return Failure.NotFound("OrganizationChange.NotFound");
            }

            if (change.Reject(request.Reason!.Trim(), actor.ToEventActor(), clock.GetUtcNow().UtcDateTime) is { } error)
            {
                return Failure.Rule(error);
            }

            audit.Record(actor, "OrganizationChange.Rejected", "OrganizationChange", change.Id.ToString(CultureInfo.InvariantCulture), detail: change.ReviewNote);
            return await db.ViewAsync(change, ct);
        }, cancellationToken);
    }

    private Task<OrganizationChange?> LoadAsync(Actor actor, long id, CancellationToken ct) =>
        db.OrganizationChanges.Include(c => c.Seals).VisibleTo(actor).SingleOrDefaultAsync(c => c.Id == id, ct);
}
