using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Codes;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Organizations;

/// <summary>What the intake form may fill in for a known organization: no ID numbers or phones, only the legal representative's name.</summary>
public sealed record OrganizationPrefill(string CreditCode, string Name, string Type, string DivisionCode, string Address, string LegalRepresentativeName);

/// <summary>
/// Looks an organization up by its credit code so the operator need not retype it. A shop may look up any
/// organization (its customers come from anywhere), police only their jurisdiction. The answer names a person, so it is audited.
/// </summary>
public sealed class OrganizationLookupHandler(SealGuardDbContext db, UnitOfWork unitOfWork, AuditTrail audit)
{
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
            return new OrganizationPrefill(organization.CreditCode, organization.Name, organization.Type, organization.DivisionCode, organization.Address,
                organization.LegalRepresentative.Name);
        }, cancellationToken);
    }
}
