using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Codes;
using SealGuard.Core.Organizations;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Organizations;

public sealed record OrganizationStateRequest(string? State, string? Note);

public sealed record OrganizationStateHistoryItem(OrganizationState State, string Note, OrganizationStateSource Source, string ChangedBy, DateTime ChangedAt);

public sealed record OrganizationStateView(string CreditCode, OrganizationState State, IReadOnlyList<OrganizationStateHistoryItem> History);

internal static class OrganizationStateHistory
{
    public static async Task<IReadOnlyList<OrganizationStateHistoryItem>> StateHistoryAsync(this SealGuardDbContext db, long organizationId, CancellationToken ct) =>
        await db.OrganizationStateChanges.AsNoTracking().Where(c => c.OrganizationId == organizationId).OrderByDescending(c => c.Id)
            .Select(c => new OrganizationStateHistoryItem(c.State, c.Note, c.Source, c.ChangedByName, c.ChangedAt)).ToListAsync(ct);
}

/// <summary>
/// An officer marks an organization of the jurisdiction deregistered (注销) or active again, with a note. The change is
/// kept with its source (an officer here; market regulation through a later feed), so the organization's page shows its history.
/// </summary>
public sealed class SetOrganizationStateHandler(SealGuardDbContext db, UnitOfWork unitOfWork, OrganizationRegistry organizations, AuditTrail audit, TimeProvider clock)
{
    public async Task<Outcome<OrganizationStateView>> HandleAsync(Actor actor, string? creditCode, OrganizationStateRequest request, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.SetOrganizationState))
        {
            return Failure.Forbidden();
        }

        if (!CreditCode.TryParse(creditCode, out var code, out _))
        {
            return Failure.NotFound("Organization.NotFound");
        }

        var errors = new ValidationErrors();
        if (!EnumName.TryParse<OrganizationState>(request.State, out var state))
        {
            errors.Add("state", Messages.Get("Organization.InvalidState"));
        }

        errors.Required("note", request.Note);
        errors.MaxLength("note", request.Note, OrganizationStateChange.MaxNoteLength);
        if (errors.HasErrors)
        {
            return errors.ToFailure();
        }

        return await unitOfWork.ExecuteAsync<OrganizationStateView>(async ct =>
        {
            // Locked: an intake of the organization running now sees the state before or after, never half.
            if (await organizations.FindLockedAsync(code.Value, ct) is not { } organization || !actor.CanSeeDivision(organization.DivisionCode))
            {
                return Failure.NotFound("Organization.NotFound");
            }

            var (change, error) = organization.ChangeState(state, request.Note!.Trim(), OrganizationStateSource.Officer, actor.ToEventActor(), clock.GetUtcNow().UtcDateTime);
            if (error is not null)
            {
                return Failure.Rule(error);
            }

            db.OrganizationStateChanges.Add(change!);
            await db.SaveChangesAsync(ct);
            audit.Record(actor, "Organization.StateChanged", "Organization", organization.OrgCode, detail: $"{state}: {change!.Note}", division: organization.DivisionCode);
            return new OrganizationStateView(organization.CreditCode, organization.State, await db.StateHistoryAsync(organization.Id, ct));
        }, cancellationToken);
    }
}
