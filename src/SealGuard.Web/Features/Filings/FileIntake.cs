using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Codes;
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

namespace SealGuard.Web.Features.Filings;

public sealed record IntakeRequest(OrganizationInput? Organization, PersonInput? Agent, string? Reason, IReadOnlyList<SealInput>? Seals);

public sealed record OrganizationInput(string? CreditCode, string? Name, string? Type, string? DivisionCode, string? Address, PersonInput? LegalRepresentative);

public sealed record SealInput(string? Type, string? Material, string? Shape, string? Spec, string? Text);

public sealed record IntakeResponse(long FilingId, IReadOnlyList<IntakeSeal> Seals);

public sealed record IntakeSeal(string SealCode, FlowState FlowState, LifeState LifeState);

/// <summary>
/// 受理: a shop takes an order. The organization is created or brought up to date by its credit code, the
/// single-in-use rule is checked per seal, and every seal gets a server-allocated code in the organization's division.
/// </summary>
public sealed class FileIntakeHandler(
    SealGuardDbContext db,
    UnitOfWork unitOfWork,
    AuditTrail audit,
    CodeAllocator codes,
    CodeTableService codeTables,
    PersonalDataProtector protector,
    Jurisdiction jurisdiction,
    TimeProvider clock)
{
    public const int MaxSealsPerFiling = 10;

    private static readonly CodeTable[] CheckedTables = [CodeTable.SealType, CodeTable.SealMaterial, CodeTable.SealShape, CodeTable.SealSpec, CodeTable.OrganizationType];

    public async Task<Outcome<IntakeResponse>> HandleAsync(Actor actor, IntakeRequest request, CancellationToken cancellationToken)
    {
        if (!actor.IsShop || actor.ShopId is not { } shopId)
        {
            return Failure.Forbidden();
        }

        var tables = await codeTables.LoadAsync(CheckedTables, cancellationToken);
        var errors = new ValidationErrors();
        var organization = ValidateOrganization(errors, request.Organization, tables, jurisdiction);
        var agent = errors.Person("agent", request.Agent, phoneRequired: true);
        EngravingReason? reason = null;
        if (!EnumName.TryParse<EngravingReason>(request.Reason, out var parsedReason))
        {
            errors.Add("reason", Messages.Get("Filing.InvalidReason"));
        }
        else
        {
            reason = parsedReason;
        }

        var seals = ValidateSeals(errors, request.Seals, tables, request.Organization);
        if (errors.HasErrors)
        {
            return errors.ToFailure();
        }

        return await unitOfWork.ExecuteAsync<IntakeResponse>(async ct =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var legalRepresentative = organization!.LegalRepresentative.Protect(protector);
            var details = new OrganizationDetails(organization.CreditCode.Value, organization.Name, organization.Type, organization.Division.Value, organization.Address, legalRepresentative);
            var existing = await db.Organizations.SingleOrDefaultAsync(o => o.CreditCode == details.CreditCode, ct);
            Organization org;
            if (existing is null)
            {
                var serial = await codes.NextAsync(CodeKind.Organization, details.DivisionCode, ct);
                if (serial.Failure is { } exhausted)
                {
                    return exhausted;
                }

                org = new Organization(OrgCode.Create(organization.Division, serial.Value).Value, details, now);
                db.Organizations.Add(org);
                await db.SaveChangesAsync(ct);
            }
            else
            {
                org = existing;
                org.Update(details, now);
            }

            var uniqueTypes = SingleInUseSealRule.UniqueTypes.ToArray();
            var held = (await db.Seals.Where(s => s.OrganizationId == org.Id && uniqueTypes.Contains(s.Type))
                    .Select(s => new { s.Type, s.Flow, s.Life })
                    .ToListAsync(ct))
                .Select(s => (s.Type, s.Flow, s.Life))
                .ToList();
            for (var i = 0; i < seals!.Count; i++)
            {
                var type = seals[i].Type;
                var sameType = held.Where(h => h.Type == type).Select(h => (h.Flow, h.Life)).ToList();
                if (SingleInUseSealRule.Check(type, reason!.Value, sameType) is { } violation)
                {
                    return Failure.Rule(violation);
                }

                held.Add((type, FlowState.Accepted, LifeState.InUse));
            }

            // The filing keeps its own copy: an owned record cannot be shared by two owners.
            var filing = new Filing(shopId, org.Id, reason!.Value, agent!.Protect(protector), organization.LegalRepresentative.Protect(protector), actor.ToEventActor(), now);
            foreach (var specification in seals)
            {
                var serial = await codes.NextAsync(CodeKind.Seal, organization.Division.Value, ct);
                if (serial.Failure is { } exhausted)
                {
                    return exhausted;
                }

                filing.AddSeal(SealCode.Create(organization.Division, serial.Value), specification, actor.ToEventActor(), now);
            }

            db.Filings.Add(filing);
            await db.SaveChangesAsync(ct);
            audit.Record(actor, "Filing.Accepted", "Filing", () => filing.Id.ToString(CultureInfo.InvariantCulture),
                detail: string.Join(',', filing.Seals.Select(s => s.SealCode)), division: org.DivisionCode);
            return new IntakeResponse(filing.Id, filing.Seals.Select(s => new IntakeSeal(s.SealCode, s.Flow, s.Life)).ToList());
        }, cancellationToken);
    }

    private static ValidOrganization? ValidateOrganization(ValidationErrors errors, OrganizationInput? input, IReadOnlyDictionary<(CodeTable, string), CodeTableEntry> tables, Jurisdiction jurisdiction)
    {
        if (input is null)
        {
            errors.Add("organization", Messages.Get("Field.Required"));
            return null;
        }

        var creditCode = errors.Parse<CreditCode>("organization.creditCode", input.CreditCode, CreditCode.TryParse);
        errors.Required("organization.name", input.Name);
        errors.MaxLength("organization.name", input.Name, 100);
        RequireCode(errors, "organization.type", CodeTable.OrganizationType, input.Type, tables, required: true);
        var division = errors.Parse<DivisionCode>("organization.divisionCode", input.DivisionCode, jurisdiction.TryParseFilingDivision);
        if (creditCode is { } code && division is { } filedIn && Jurisdiction.CheckRegistration(code, filedIn) is { } registeredElsewhere)
        {
            errors.Add("organization.creditCode", registeredElsewhere);
        }

        errors.Required("organization.address", input.Address);
        errors.MaxLength("organization.address", input.Address, 200);
        var legalRepresentative = errors.Person("organization.legalRepresentative", input.LegalRepresentative, phoneRequired: false);
        return creditCode is null || division is null || legalRepresentative is null || errors.HasErrors
            ? null
            : new ValidOrganization(creditCode.Value, input.Name!.Trim(), input.Type!, division.Value, input.Address!.Trim(), legalRepresentative);
    }

    private static List<SealSpecification>? ValidateSeals(ValidationErrors errors, IReadOnlyList<SealInput>? input, IReadOnlyDictionary<(CodeTable, string), CodeTableEntry> tables, OrganizationInput? organization)
    {
        if (input is null || input.Count == 0)
        {
            errors.Add("seals", Messages.Get("Filing.NoSeals"));
            return null;
        }

        if (input.Count > MaxSealsPerFiling)
        {
            errors.Add("seals", Messages.Get("Filing.TooManySeals", MaxSealsPerFiling));
            return null;
        }

        var result = new List<SealSpecification>();
        for (var i = 0; i < input.Count; i++)
        {
            var field = $"seals[{i}]";
            var seal = input[i];
            if (seal is null)
            {
                errors.Add(field, Messages.Get("Field.Required"));
                continue;
            }

            RequireCode(errors, field + ".type", CodeTable.SealType, seal.Type, tables, required: true);
            RequireCode(errors, field + ".material", CodeTable.SealMaterial, seal.Material, tables, required: true);
            RequireCode(errors, field + ".shape", CodeTable.SealShape, seal.Shape, tables, required: true);
            RequireCode(errors, field + ".spec", CodeTable.SealSpec, seal.Spec, tables, required: false);
            errors.Required(field + ".text", seal.Text);
            errors.MaxLength(field + ".text", seal.Text, 100);
            if (errors.HasErrorsFor(field))
            {
                continue;
            }

            var specification = new SealSpecification(seal.Type!, seal.Material!, seal.Shape!, string.IsNullOrWhiteSpace(seal.Spec) ? null : seal.Spec, seal.Text!.Trim());
            foreach (var violation in SealFaceRule.Check(specification, NameOrNull(organization?.Name), NameOrNull(organization?.LegalRepresentative?.Name)))
            {
                errors.Add(field + "." + violation.Field, violation.Error);
            }

            result.Add(specification);
        }

        return result;
    }

    private static string? NameOrNull(string? name) => string.IsNullOrWhiteSpace(name) ? null : name.Trim();

    private static void RequireCode(ValidationErrors errors, string field, CodeTable table, string? code, IReadOnlyDictionary<(CodeTable, string), CodeTableEntry> tables, bool required)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            if (required)
            {
                errors.Add(field, Messages.Get("Field.Required"));
            }

            return;
        }

        if (!tables.TryGetValue((table, code), out var entry) || !entry.IsActive)
        {
            errors.Add(field, Messages.Get("CodeTable.UnknownCode", code));
        }
    }

    private sealed record ValidOrganization(CreditCode CreditCode, string Name, string Type, DivisionCode Division, string Address, ValidPerson LegalRepresentative);
}
