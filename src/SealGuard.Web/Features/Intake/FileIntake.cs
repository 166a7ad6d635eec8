using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core;
using SealGuard.Core.Codes;
using SealGuard.Core.CodeTables;
using SealGuard.Core.Divisions;
using SealGuard.Core.Filings;
using SealGuard.Core.Organizations;
using SealGuard.Core.Shops;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Alerts;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.CodeTables;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Organizations;
using SealGuard.Web.Features.PersonalData;
using SealGuard.Web.Features.Shops;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Intake;

/// <summary>An order; <c>DocumentIds</c> names the materials uploaded beforehand (<c>POST /api/v1/filings/staged-documents</c>).</summary>
public sealed record IntakeRequest(OrganizationInput? Organization, PersonInput? Agent, string? Reason, IReadOnlyList<SealInput>? Seals, IReadOnlyList<long>? DocumentIds = null);

public sealed record OrganizationInput(string? CreditCode, string? Name, string? Type, string? DivisionCode, string? Address, PersonInput? LegalRepresentative);

/// <summary>One seal to make; <c>ReplacesSealCode</c> names the seal it replaces (required for every reason but New, forbidden for New).</summary>
public sealed record SealInput(string? Type, string? Material, string? Shape, string? Spec, string? Text, string? ReplacesSealCode = null);

/// <summary>The filing's id (for the API's routes) and its 备案编号, with the allocated seals.</summary>
public sealed record IntakeResponse(long FilingId, string FilingNumber, IReadOnlyList<IntakeSeal> Seals);

public sealed record IntakeSeal(string SealCode, FlowState FlowState, LifeState LifeState);

/// <summary>The submit's checks as a step asks them: the refusal's code, message and field errors, and the materials the filing needs.</summary>
public sealed record IntakeCheck(bool Valid, string? Code, string? Message, IReadOnlyDictionary<string, string[]> Errors, IReadOnlyList<DocumentKind> RequiredDocuments);

/// <summary>
/// 受理: a shop takes an order. The organization is registered by its credit code on its first intake; a later intake
/// never changes the master record (a differing name, legal representative or division needs a change filing first)
/// and the filing keeps the details as presented. Under a lock on the organization row, the replaced seals and the
/// single-in-use rule are checked per seal, and every seal gets a server-allocated code in the organization's division.
/// </summary>
public sealed class FileIntakeHandler(
    SealGuardDbContext db,
    UnitOfWork unitOfWork,
    AuditTrail audit,
    CodeAllocator codes,
    FilingNumberAllocator filingNumbers,
    OrganizationRegistry organizations,
    CodeTableService codeTables,
    PersonalDataProtector protector,
    Jurisdiction jurisdiction,
    ShopStandingHandler standing,
    OperatorEligibilityHandler eligibility,
    ClaimStagedDocumentsHandler staged,
    TimeProvider clock)
{
    public const int MaxSealsPerFiling = 10;

    private static readonly CodeTable[] CheckedTables = [CodeTable.SealType, CodeTable.SealMaterial, CodeTable.SealShape, CodeTable.SealSpec, CodeTable.OrganizationType];

    public async Task<Outcome<IntakeResponse>> HandleAsync(Actor actor, IntakeRequest request, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.FileSeals) || actor.ShopId is not { } shopId)
        {
            return Failure.Forbidden();
        }

        if (await eligibility.CheckAsync(actor, cancellationToken) is { } ineligible)
        {
            // Refused before the order is read; the alert rules still see who tried (rule 8).
            return await RefusalAlertsHandler.RefuseAsync<IntakeResponse>(unitOfWork, ineligible,
                async ct => RefusedIntake.OfOperator(ineligible, await ShopCodeAsync(shopId, ct), actor.UserName, clock.GetUtcNow().UtcDateTime), cancellationToken);
        }

        var (valid, refusal, _) = await ValidateAsync(actor, request, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var (organization, agent, reason, seals, replaces, documents) = valid!;
        return await unitOfWork.ExecuteAsync<IntakeResponse>(async ct =>
        {
            // A suspended or closed shop takes no intake; its share lock makes a suspension wait for this one.
            var now = clock.GetUtcNow().UtcDateTime;
            if (await standing.RefuseSealWorkAsync(shopId, ct) is { } notAllowed)
            {
                RefusalAlertsHandler.Record(unitOfWork, RefusedIntake.OfOperator(notAllowed, await ShopCodeAsync(shopId, ct), actor.UserName, now));
                return notAllowed;
            }

            // Claimed first: of two intakes naming one staged document, the second finds it gone and writes nothing.
            if (await staged.ClaimAsync(actor, [.. documents.Select(d => d.Id)], now, ct) is not { } claimed)
            {
                return ClaimStagedDocumentsHandler.NotFound();
            }

            var details = new OrganizationDetails(organization.CreditCode.Value, organization.Name, organization.Type, organization.Division.Value, organization.Address,
                organization.LegalRepresentative.Protect(protector));

            // Locked before its seals are read, so parallel intakes for one organization take turns.
            var registration = await organizations.FindOrRegisterAsync(details, organization.Division, now, ct);
            if (registration.Failure is { } noCode)
            {
                return noCode;
            }

            var org = registration.Value!.Organization;
            if (!registration.Value.IsNew && MasterRecordRule.Differences(org, details) is { Count: > 0 } differences)
            {
                return MasterRecordFailure(differences);
            }

            var shopCode = await ShopCodeAsync(shopId, ct);
            var replaced = await LoadReplacedAsync(replaces, ct);
            if (CheckSeals(org, reason, seals, replaces, replaced.Seals, replaced.Replacements, await HeldAsync(org.Id, ct)) is { } refused)
            {
                // The refusal rolls back; the alert rules still see the attempt (a second 公章 is rule 1).
                RefusalAlertsHandler.Record(unitOfWork, new RefusedIntake(refused.Failure.Code, refused.SealType, shopCode, org.CreditCode, org.Name, org.DivisionCode, actor.UserName, now));
                return refused.Failure;
            }

            // The filing keeps its own copy: an owned record cannot be shared by two owners.
            var presented = details with { LegalRepresentative = organization.LegalRepresentative.Protect(protector) };
            var filing = new Filing(shopId, org.Id, reason, agent.Protect(protector), presented, actor.ToEventActor(), now);
            var number = await filingNumbers.NextAsync(shopId, ShopCode.Parse(shopCode), now, ct);
            if (number.Failure is { } noNumber)
            {
                return noNumber;
            }

            filing.AssignNumber(number.Value);
            for (var i = 0; i < seals.Count; i++)
            {
                var serial = await codes.NextAsync(CodeKind.Seal, organization.Division.Value, ct);
                if (serial.Failure is { } exhausted)
                {
                    return exhausted;
                }

                filing.AddSeal(SealCode.Create(organization.Division, serial.Value), seals[i], actor.ToEventActor(), now,
                    replaces[i] is { } code ? replaced.Seals[code.Value] : null);
            }

            foreach (var d in claimed)
            {
                filing.AttachDocument(d.Kind, d.FileName, d.Format, d.Sha256, d.NormalizedSha256, d.ByteSize, d.WidthPx, d.HeightPx, actor.ToEventActor(), now);
            }

            db.Filings.Add(filing);
            await db.SaveChangesAsync(ct);
            audit.Record(actor, "Filing.Accepted", "Filing", () => filing.Id.ToString(CultureInfo.InvariantCulture),
                detail: string.Join(',', filing.Seals.Select(s => s.ReplacesSealId is null ? s.SealCode : s.SealCode + " replaces " + s.Replaces!.SealCode)), division: org.DivisionCode);
            foreach (var d in claimed)
            {
                audit.Record(actor, "Filing.DocumentAttached", "Filing", () => filing.Id.ToString(CultureInfo.InvariantCulture), detail: $"{d.Kind}:{d.Sha256}", division: org.DivisionCode);
            }

            return new IntakeResponse(filing.Id, filing.FilingNumber, filing.Seals.Select(s => new IntakeSeal(s.SealCode, s.Flow, s.Life)).ToList());
        }, cancellationToken);
    }

    /// <summary>
    /// The checks of <see cref="HandleAsync"/> that need no lock, without writing anything: what the wizard's 下一步 asks, so
    /// no rule is written twice. The answer also names the materials the filing needs as filled in so far.
    /// </summary>
    public async Task<Outcome<IntakeCheck>> CheckAsync(Actor actor, IntakeRequest request, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.FileSeals) || actor.ShopId is null)
        {
            return Failure.Forbidden();
        }

        if (await eligibility.CheckAsync(actor, cancellationToken) is { } ineligible)
        {
            return ineligible;
        }

        var (_, refusal, required) = await ValidateAsync(actor, request, cancellationToken);
        if (refusal is null && await StandingRefusalAsync(actor, cancellationToken) is { } notAllowed)
        {
            refusal = notAllowed;
        }

        return new IntakeCheck(refusal is null, refusal?.Code, refusal?.Message, refusal?.Errors ?? new Dictionary<string, string[]>(), required);
    }

    private Task<string> ShopCodeAsync(long shopId, CancellationToken ct) => db.Shops.Where(s => s.Id == shopId).Select(s => s.ShopCode).SingleAsync(ct);

    private async Task<Failure?> StandingRefusalAsync(Actor actor, CancellationToken cancellationToken) =>
        (await standing.GetAsync(actor, cancellationToken)).Value is { AllowsSealWork: false } view
            ? Failure.Rule(ShopStanding.SealWorkRefusal(view.State)!)
            : null;

    /// <summary>Every field, then the materials (<see cref="RequiredMaterials"/>) against the staged documents named.</summary>
    private async Task<(ValidIntake? Valid, Failure? Refusal, IReadOnlyList<DocumentKind> Required)> ValidateAsync(Actor actor, IntakeRequest request, CancellationToken cancellationToken)
    {
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
        var replaces = ValidateReplacements(errors, request.Seals, reason);

        var ids = (request.DocumentIds ?? []).Distinct().ToList();
        var documents = ids.Count == 0 ? [] : await db.StagedDocuments.AsNoTracking().UsableBy(actor, ids, clock.GetUtcNow().UtcDateTime).ToListAsync(cancellationToken);
        if (documents.Count != ids.Count)
        {
            errors.Add(DocumentIdsField, Messages.Get("Document.StagedNotFound"));
        }

        // The materials depend on the organization type, the reason and who the agent is; each as far as it is known.
        var legalRepresentativeId = IdNumber.TryParse(request.Organization?.LegalRepresentative?.IdNumber, out var legalId, out _) ? legalId.Value : null;
        var agentIsLegalRepresentative = agent is null || legalRepresentativeId is null || agent.IdNumber.Value == legalRepresentativeId;
        var required = RequiredMaterials.For(request.Organization?.Type, reason ?? EngravingReason.New, agentIsLegalRepresentative);
        var missing = RequiredMaterials.Missing(request.Organization?.Type, reason ?? EngravingReason.New, agentIsLegalRepresentative, documents.Select(d => d.Kind));
        if (errors.HasErrors)
        {
            foreach (var kind in missing)
            {
                errors.Add(DocumentField(kind), RequiredMaterials.MissingOne(kind));
            }

            return (null, errors.ToFailure(), required);
        }

        if (RequiredMaterials.Check(missing) is { } materials)
        {
            return (null, new Failure(FailureKind.Validation, materials.Code, materials.Message,
                missing.ToDictionary(DocumentField, k => new[] { RequiredMaterials.MissingOne(k).Message }, StringComparer.Ordinal)), required);
        }

        return (new ValidIntake(organization!, agent!, reason!.Value, seals!, replaces!, documents), null, required);
    }

    /// <summary>The error key of the staged documents named on submit.</summary>
    public const string DocumentIdsField = ClaimStagedDocumentsHandler.DocumentIdsField;

    /// <summary>The error key of a missing material, e.g. <c>documents.BusinessLicense</c>.</summary>
    public static string DocumentField(DocumentKind kind) => "documents." + kind;

    private static Failure MasterRecordFailure(IReadOnlyList<MasterRecordField> differences)
    {
        var fields = differences.ToDictionary(
            d => d switch
            {
                MasterRecordField.Name => "organization.name",
                MasterRecordField.LegalRepresentative => "organization.legalRepresentative.idNumber",
                _ => "organization.divisionCode",
            },
            d => new[] { MasterRecordRule.FieldMessage(d) },
            StringComparer.Ordinal);
        return Failure.Rule(MasterRecordRule.Violation(), fields);
    }

    /// <summary>The replaces-seal code of each seal line: required for every reason but New, forbidden for New.</summary>
    private static List<SealCode?>? ValidateReplacements(ValidationErrors errors, IReadOnlyList<SealInput>? input, EngravingReason? reason)
    {
        if (input is null || reason is null)
        {
            return null;
        }

        var codes = new List<SealCode?>();
        for (var i = 0; i < input.Count; i++)
        {
            var field = $"seals[{i}].{ReplacementRule.Field}";
            var value = input[i]?.ReplacesSealCode;
            if (!ReplacementRule.NamesReplacedSeal(reason.Value))
            {
                if (!string.IsNullOrWhiteSpace(value))
                {
                    errors.Add(field, Messages.Get("Seal.ReplacesSealCodeForbidden"));
                }

                codes.Add(null);
                continue;
            }

            codes.Add(errors.Parse<SealCode>(field, value, SealCode.TryParse));
        }

        return codes;
    }

    /// <summary>The named seals (tracked: each new seal refers to its old one) and the states of the seals that already replace them.</summary>
    private async Task<(Dictionary<string, Seal> Seals, Dictionary<long, List<(FlowState Flow, LifeState Life)>> Replacements)> LoadReplacedAsync(List<SealCode?> replaces, CancellationToken ct)
    {
        var codes = replaces.Where(c => c is not null).Select(c => c!.Value.Value).Distinct().ToList();
        if (codes.Count == 0)
        {
            return ([], []);
        }

        var seals = await db.Seals.Where(s => codes.Contains(s.SealCode)).ToDictionaryAsync(s => s.SealCode, StringComparer.Ordinal, ct);
        var ids = seals.Values.Select(s => (long?)s.Id).ToList();
        var replacements = (await db.Seals.AsNoTracking().Where(s => ids.Contains(s.ReplacesSealId))
                .Select(s => new { Replaced = s.ReplacesSealId!.Value, s.Flow, s.Life })
                .ToListAsync(ct))
            .GroupBy(r => r.Replaced)
            .ToDictionary(g => g.Key, g => g.Select(r => (r.Flow, r.Life)).ToList());
        return (seals, replacements);
    }

    /// <summary>The organization's seals of the single-in-use types.</summary>
    private async Task<List<(long Id, string Type, FlowState Flow, LifeState Life)>> HeldAsync(long organizationId, CancellationToken ct)
    {
        var uniqueTypes = SingleInUseSealRule.UniqueTypes.ToArray();
        return (await db.Seals.AsNoTracking().Where(s => s.OrganizationId == organizationId && uniqueTypes.Contains(s.Type))
                .Select(s => new { s.Id, s.Type, s.Flow, s.Life })
                .ToListAsync(ct))
            .Select(s => (s.Id, s.Type, s.Flow, s.Life))
            .ToList();
    }

    /// <summary>
    /// Each seal line in order: the seal it replaces (<see cref="ReplacementRule"/>), then the single-in-use rule against the
    /// organization's other seals of the type; each accepted line counts for the next. A refusal names the refused line's type.
    /// </summary>
    private static (Failure Failure, string SealType)? CheckSeals(Organization org, EngravingReason reason, List<SealSpecification> seals, List<SealCode?> replaces,
        Dictionary<string, Seal> replacedSeals, Dictionary<long, List<(FlowState Flow, LifeState Life)>> replacements, List<(long Id, string Type, FlowState Flow, LifeState Life)> held)
    {
        for (var i = 0; i < seals.Count; i++)
        {
            var type = seals[i].Type;
            long? replacedId = null;
            if (replaces[i] is { } code)
            {
                var replaced = replacedSeals.GetValueOrDefault(code.Value);
                var claims = replaced is null ? [] : replacements.GetValueOrDefault(replaced.Id) ?? [];
                if (ReplacementRule.CheckReplaced(reason, type, org.Id, replaced, claims) is { } error)
                {
                    return (Failure.Rule(error, $"seals[{i}].{ReplacementRule.Field}"), type);
                }

                replacedId = replaced!.Id;
                replacements[replacedId.Value] = [.. claims, SealSteps.Accepted];
            }

            var others = held.Where(h => h.Type == type && h.Id != replacedId).Select(h => (h.Flow, h.Life)).ToList();
            if (SingleInUseSealRule.Check(type, reason, others) is { } violation)
            {
                return (Failure.Rule(violation), type);
            }

            held.Add((0, type, SealSteps.Accepted.Flow, SealSteps.Accepted.Life));
        }

        return null;
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
        errors.MaxLength("organization.name", input.Name, FieldLimits.OrganizationName);
        RequireCode(errors, "organization.type", CodeTable.OrganizationType, input.Type, tables, required: true);
        var division = errors.Parse<DivisionCode>("organization.divisionCode", input.DivisionCode, jurisdiction.TryParseFilingDivision);
        if (creditCode is { } code && division is { } filedIn && Jurisdiction.CheckRegistration(code, filedIn) is { } registeredElsewhere)
        {
            errors.Add("organization.creditCode", registeredElsewhere);
        }

        errors.Required("organization.address", input.Address);
        errors.MaxLength("organization.address", input.Address, FieldLimits.Address);
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
            errors.MaxLength(field + ".text", seal.Text, FieldLimits.SealText);
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

    private sealed record ValidIntake(ValidOrganization Organization, ValidPerson Agent, EngravingReason Reason, List<SealSpecification> Seals, List<SealCode?> Replaces, List<StagedDocument> Documents);
}
