using Microsoft.EntityFrameworkCore;
using SealGuard.Core.CodeTables;
using SealGuard.Core.Divisions;
using SealGuard.Core.Filings;
using SealGuard.Core.Organizations;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.CodeTables;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.PersonalData;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Organizations;

public sealed record OrganizationSealItem(string SealCode, string Type, string? TypeName, string Text, EngravingReason Reason, FlowState FlowState, LifeState LifeState, string ShopCode, string ShopName, DateTime AcceptedAt, DateTime? DeliveredAt, DateTime? EndedAt);

public sealed record OrganizationSealsView(
    string OrgCode,
    string CreditCode,
    string Name,
    string Type,
    string? TypeName,
    string DivisionCode,
    string DivisionName,
    string Address,
    string LegalRepresentativeName,
    string LegalRepresentativeMaskedId,
    DateTime RegisteredAt,
    IReadOnlyList<OrganizationSealItem> Seals,
    OrganizationState State,
    IReadOnlyList<OrganizationStateHistoryItem> StateHistory);

/// <summary>
/// An organization (by credit code or org code) with all its seals over time, as far as the police user's
/// jurisdiction reaches. An organization outside it, with no seal inside it, is reported as absent.
/// </summary>
public sealed class GetOrganizationSealsHandler(SealGuardDbContext db, UnitOfWork unitOfWork, AuditTrail audit, PersonalDataProtector protector, CodeTableService codeTables)
{
    public async Task<Outcome<OrganizationSealsView>> HandleAsync(Actor actor, string? key, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.ViewOrganizations))
        {
            return Failure.Forbidden();
        }

        var code = key?.Trim().ToUpperInvariant() ?? string.Empty;
        if (code.Length is 0 or > 18)
        {
            return Failure.NotFound();
        }

        return await unitOfWork.ExecuteAsync<OrganizationSealsView>(async ct =>
        {
            var organization = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.CreditCode == code || o.OrgCode == code, ct);
            if (organization is null)
            {
                return Failure.NotFound();
            }

            var seals = await (from s in db.Seals.AsNoTracking().VisibleTo(actor)
                               join sh in db.Shops on s.ShopId equals sh.Id
                               where s.OrganizationId == organization.Id
                               orderby s.AcceptedAt, s.Id
                               select new { Seal = s, sh.ShopCode, ShopName = sh.Name }).ToListAsync(ct);
            if (seals.Count == 0 && !actor.CanSeeDivision(organization.DivisionCode))
            {
                return Failure.NotFound();
            }

            var names = await codeTables.LoadAsync([CodeTable.SealType, CodeTable.OrganizationType], ct);
            audit.Record(actor, "Organization.Viewed", "Organization", organization.OrgCode, division: organization.DivisionCode);
            return new OrganizationSealsView(
                organization.OrgCode,
                organization.CreditCode,
                organization.Name,
                organization.Type,
                names.TryGetValue((CodeTable.OrganizationType, organization.Type), out var orgType) ? orgType.Name : null,
                organization.DivisionCode,
                DivisionCatalog.Default.DisplayName(organization.DivisionCode),
                organization.Address,
                organization.LegalRepresentative.Name,
                protector.Masked(organization.LegalRepresentative),
                organization.RegisteredAt,
                seals.Select(x => new OrganizationSealItem(x.Seal.SealCode, x.Seal.Type,
                    names.TryGetValue((CodeTable.SealType, x.Seal.Type), out var t) ? t.Name : null,
                    x.Seal.Text, x.Seal.Reason, x.Seal.Flow, x.Seal.Life, x.ShopCode, x.ShopName, x.Seal.AcceptedAt, x.Seal.DeliveredAt,
                    x.Seal.SurrenderedAt ?? x.Seal.ScrappedAt ?? x.Seal.ReportedLostAt)).ToList(),
                organization.State,
                await db.StateHistoryAsync(organization.Id, ct));
        }, cancellationToken);
    }
}
