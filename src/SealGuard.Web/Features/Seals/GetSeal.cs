using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Codes;
using SealGuard.Core.CodeTables;
using SealGuard.Core.Divisions;
using SealGuard.Core.Filings;
using SealGuard.Core.People;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.CodeTables;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Intake;
using SealGuard.Web.Features.PersonalData;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Seals;

public sealed record PersonView(string Name, string IdNumber, string? Phone)
{
    /// <summary>A person as every view shows them unless revealed: the name, the masked ID number and the masked phone.</summary>
    public static PersonView Masked(PersonRecord person, PersonalDataProtector protector)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(protector);
        return new PersonView(person.Name, protector.Masked(person),
            person.Phone is not null && PhoneNumber.TryParse(person.Phone, out var phone, out _) ? phone.Masked : null);
    }
}

public sealed record OrganizationView(string OrgCode, string CreditCode, string Name, string Type, string? TypeName, string DivisionCode, string DivisionName, string Address, PersonView LegalRepresentative);

public sealed record ShopView(string ShopCode, string Name, string DivisionCode, string? Phone);

public sealed record FilingView(long FilingId, string FilingNumber, EngravingReason Reason, PersonView Agent, bool AgentIsLegalRepresentative, IReadOnlyList<DocumentView> Documents);

/// <summary>印模 metadata; <c>SizeWarning</c> compares its physical size with the seal's spec (<see cref="ImprintSizeRule"/>), null when it fits.</summary>
public sealed record ImprintDetails(int WidthPx, int HeightPx, double? DpiX, double? DpiY, string Format, long ByteSize, string Sha256, string NormalizedSha256, string ThumbnailSha256, DateTime UploadedAt, WarningView? SizeWarning);

/// <summary>Another seal of the same filing, as its detail page lists it.</summary>
public sealed record SiblingSealView(string SealCode, string Type, string? TypeName, string Text, FlowState FlowState, LifeState LifeState, IReadOnlyList<SealStep> AllowedActions);

public sealed record SealEventView(SealAction Action, DateTime OccurredAt, string Actor, FlowState? FromFlow, FlowState ToFlow, LifeState? FromLife, LifeState ToLife, string? Note);

public sealed record SealDetails(
    string SealCode,
    string Type,
    string? TypeName,
    string Material,
    string? MaterialName,
    string Shape,
    string? ShapeName,
    string? Spec,
    string? SpecName,
    string Text,
    EngravingReason Reason,
    FlowState FlowState,
    LifeState LifeState,
    int StatusCode,
    string? StatusName,
    IReadOnlyList<SealStep> AllowedActions,
    DateTime AcceptedAt,
    DateTime? EngravedAt,
    DateTime? DeliveredAt,
    DateTime? ReportedLostAt,
    DateTime? SurrenderedAt,
    DateTime? ScrappedAt,
    OrganizationView Organization,
    ShopView Shop,
    FilingView Filing,
    string? EngraverName,
    PersonView? Recipient,
    ImprintDetails? Imprint,
    IReadOnlyList<SealEventView> History,
    bool Revealed,
    IReadOnlyList<SiblingSealView> Siblings);

/// <summary>
/// A seal's full record. ID numbers and phones are masked unless a police user asks to reveal them with a purpose;
/// every view (it shows people's names) and every reveal is written to the audit log.
/// </summary>
public sealed class GetSealHandler(SealGuardDbContext db, UnitOfWork unitOfWork, AuditTrail audit, PersonalDataProtector protector, CodeTableService codeTables)
{
    public async Task<Outcome<SealDetails>> HandleAsync(Actor actor, string sealCode, bool reveal, string? purpose, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.ViewSeals))
        {
            return Failure.Forbidden();
        }

        if (reveal && !actor.Can(Capability.RevealPersonalData))
        {
            return Failure.Forbidden("PersonalData.RevealForbidden");
        }

        var trimmedPurpose = reveal ? RevealPurpose.Normalize(purpose) : null;
        if (reveal && trimmedPurpose is null)
        {
            return RevealPurpose.Required();
        }

        if (!SealCode.TryParse(sealCode, out var code, out var codeError))
        {
            return Failure.Validation("sealCode", codeError!);
        }

        return await unitOfWork.ExecuteAsync<SealDetails>(async ct =>
        {
            var seal = await db.Seals.AsNoTracking()
                .Include(s => s.Filing).ThenInclude(f => f.Documents)
                .Include(s => s.History)
                .VisibleTo(actor)
                .SingleOrDefaultAsync(s => s.SealCode == code.Value, ct);
            if (seal is null)
            {
                return Failure.NotFound("Seal.NotFound");
            }

            var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == seal.OrganizationId, ct);
            var shop = await db.Shops.AsNoTracking().SingleAsync(s => s.Id == seal.ShopId, ct);
            var engraver = seal.EngraverStaffId is { } staffId
                ? await db.ShopStaff.AsNoTracking().Where(s => s.Id == staffId).Select(s => s.Person.Name).SingleOrDefaultAsync(ct)
                : null;
            var siblings = await db.Seals.AsNoTracking().VisibleTo(actor)
                .Where(s => s.FilingId == seal.FilingId && s.Id != seal.Id)
                .OrderBy(s => s.Id)
                .ToListAsync(ct);
            var names = await codeTables.LoadAsync([CodeTable.SealType, CodeTable.OrganizationType, CodeTable.SealMaterial, CodeTable.SealShape, CodeTable.SealSpec, CodeTable.SealStatus], ct);
            string? NameOf(CodeTable table, string? code) => code is not null && names.TryGetValue((table, code), out var entry) ? entry.Name : null;

            audit.Record(actor, reveal ? "PersonalData.Revealed" : "Seal.Viewed", "Seal", seal.SealCode, trimmedPurpose, division: seal.DivisionCode);

            PersonView Person(PersonRecord p) => reveal
                ? new PersonView(p.Name, protector.Reveal(p).Value, p.Phone)
                : PersonView.Masked(p, protector);

            return new SealDetails(
                seal.SealCode,
                seal.Type,
                NameOf(CodeTable.SealType, seal.Type),
                seal.Material,
                NameOf(CodeTable.SealMaterial, seal.Material),
                seal.Shape,
                NameOf(CodeTable.SealShape, seal.Shape),
                seal.Spec,
                NameOf(CodeTable.SealSpec, seal.Spec),
                seal.Text,
                seal.Reason,
                seal.Flow,
                seal.Life,
                seal.StatusCode,
                NameOf(CodeTable.SealStatus, seal.StatusCode.ToString(CultureInfo.InvariantCulture)),
                seal.AllowedActions,
                seal.AcceptedAt,
                seal.EngravedAt,
                seal.DeliveredAt,
                seal.ReportedLostAt,
                seal.SurrenderedAt,
                seal.ScrappedAt,
                new OrganizationView(organization.OrgCode, organization.CreditCode, organization.Name, organization.Type,
                    NameOf(CodeTable.OrganizationType, organization.Type),
                    organization.DivisionCode, DivisionCatalog.Default.DisplayName(organization.DivisionCode),
                    organization.Address, Person(organization.LegalRepresentative)),
                new ShopView(shop.ShopCode, shop.Name, shop.DivisionCode, shop.Phone),
                new FilingView(seal.Filing.Id, seal.Filing.FilingNumber, seal.Filing.Reason, Person(seal.Filing.Agent), seal.Filing.AgentIsLegalRepresentative,
                    seal.Filing.Documents.OrderBy(d => d.Id).Select(DocumentView.From).ToList()),
                engraver,
                seal.Recipient is null ? null : Person(seal.Recipient),
                seal.Imprint is { } i
                    ? new ImprintDetails(i.WidthPx, i.HeightPx, i.DpiX, i.DpiY, i.Format, i.ByteSize, i.OriginalSha256, i.NormalizedSha256, i.ThumbnailSha256, i.UploadedAt,
                        UploadImprintHandler.SizeWarning(seal.Spec, i))
                    : null,
                seal.History.OrderBy(e => e.Id).Select(e => new SealEventView(e.Action, e.OccurredAt, e.ActorName, e.FromFlow, e.ToFlow, e.FromLife, e.ToLife, e.Note)).ToList(),
                reveal,
                siblings.Select(s => new SiblingSealView(s.SealCode, s.Type, NameOf(CodeTable.SealType, s.Type), s.Text, s.Flow, s.Life, s.AllowedActions)).ToList());
        }, cancellationToken);
    }
}
