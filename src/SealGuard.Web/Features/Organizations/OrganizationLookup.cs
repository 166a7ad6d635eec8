using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Codes;
using SealGuard.Core.Filings;
using SealGuard.Core.Organizations;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Organizations;

/// <summary>
/// What the intake form may fill in for a known organization: no ID numbers or phones, only the legal representative's name.
/// <c>OfficialSealInUse</c> is set when a 新刻 公章 would be refused (<see cref="SingleInUseSealRule"/>): the seal to name in a 换刻 or
/// 遗失补刻 instead, and the rule's message, so the wizard warns as the credit code is typed rather than at submit.
/// <c>DeregisteredWarning</c> is set when the organization is marked deregistered: the intake is not refused (no rule says
/// so), but the clerk is told, and the alert rule reports it to the police.
/// </summary>
public sealed record OrganizationPrefill(string CreditCode, string Name, string Type, string DivisionCode, string Address, string LegalRepresentativeName,
    InUseSealWarning? OfficialSealInUse = null, string? DeregisteredWarning = null);

public sealed record InUseSealWarning(string SealCode, string Code, string Message);

/// <summary>
/// Looks an organization up by its credit code so the operator need not retype it. A shop may look up any
/// organization (its customers come from anywhere), police only their jurisdiction. The answer names a person, so it is audited.
/// </summary>
public sealed class OrganizationLookupHandler(SealGuardDbContext db, UnitOfWork unitOfWork, AuditTrail audit)
{
    /// <summary>单位专用章 (公章), the seal type the wizard warns about.</summary>
    private const string OfficialSealType = "01";

    public async Task<Outcome<OrganizationPrefill>> HandleAsync(Actor actor, string? creditCode, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.LookUpOrganizations))
        {
            return Failure.Forbidden();
        }

        if (!CreditCode.TryParse(creditCode, out var code, out var error))
        {
            return Failure.Validation("creditCode", error!);
        }

        return await unitOfWork.ExecuteAsync<OrganizationPrefill>(async ct =>
        {
            var organization = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.CreditCode == code.Value, ct);
            if (organization is null || (actor.Scope is ScopeKind.Jurisdiction && !actor.CanSeeDivision(organization.DivisionCode)))
            {
                return Failure.NotFound("Organization.NotFound");
            }

            audit.Record(actor, "Organization.LookedUp", "Organization", organization.OrgCode, division: organization.DivisionCode);
            var official = await db.Seals.AsNoTracking().Where(s => s.OrganizationId == organization.Id && s.Type == OfficialSealType)
                .OrderByDescending(s => s.Id).Select(s => new { s.SealCode, s.Flow, s.Life }).ToListAsync(ct);
            var refusal = SingleInUseSealRule.Check(OfficialSealType, EngravingReason.New, official.Select(s => (s.Flow, s.Life)).ToList());
            var warning = refusal is null ? null
                : new InUseSealWarning(official.Find(s => s.Life == LifeState.InUse)?.SealCode ?? official[0].SealCode, refusal.Code, refusal.Message);
            return new OrganizationPrefill(organization.CreditCode, organization.Name, organization.Type, organization.DivisionCode, organization.Address,
                organization.LegalRepresentative.Name, warning,
                organization.State == OrganizationState.Deregistered ? Messages.Get("Organization.DeregisteredWarning") : null);
        }, cancellationToken);
    }
}
