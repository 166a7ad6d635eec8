using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.CodeTables;
using SealGuard.Core.Filings;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.CodeTables;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.PersonalData;
using SealGuard.Web.Features.Seals;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Intake;

/// <summary>One seal of a receipt: code, type, material, shape and spec with their code-table names, and who collected it once delivered.</summary>
public sealed record ReceiptSeal(string SealCode, string Type, string? TypeName, string Text, string Material, string? MaterialName, string Shape, string? ShapeName,
    string? Spec, string? SpecName, PersonView? Recipient);

/// <summary>The shop that issues the receipt.</summary>
public sealed record ReceiptShop(string ShopCode, string Name, string Address, string? Phone);

/// <summary>备案回执: the filing as the shop hands it to the customer; persons masked (name, ID <c>410702********1234</c>, phone <c>139****5678</c>).</summary>
public sealed record FilingReceipt(long FilingId, string FilingNumber, DateTime AcceptedAt, EngravingReason Reason, string OrgName, string CreditCode, string OrgAddress,
    PersonView Agent, ReceiptShop Shop, IReadOnlyList<ReceiptSeal> Seals, IReadOnlyList<DocumentKind> Documents);

/// <summary>
/// 备案回执: what the shop prints (or downloads as PDF) for the customer after intake. Only the filing's own shop reads it
/// (another shop gets 404, police 403: they read the filing on the seal's record). It names the agent and the recipients,
/// so every read is written to the audit log, as a seal view is.
/// </summary>
public sealed class GetFilingReceiptHandler(SealGuardDbContext db, UnitOfWork unitOfWork, AuditTrail audit, PersonalDataProtector protector, CodeTableService codeTables)
{
    public const string AuditAction = "Filing.ReceiptViewed";

    /// <summary>The receipt of one of the actor's shop's filings; <paramref name="format"/> (<c>page</c>, <c>pdf</c>) goes into the audit entry.</summary>
    public async Task<Outcome<FilingReceipt>> HandleAsync(Actor actor, long filingId, string format, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.FileSeals))
        {
            return Failure.Forbidden();
        }

        return await unitOfWork.ExecuteAsync<FilingReceipt>(async ct =>
        {
            var filing = await db.Filings.AsNoTracking().Include(f => f.Seals).Include(f => f.Documents)
                .SingleOrDefaultAsync(f => f.Id == filingId && f.ShopId == actor.ShopId, ct);
            if (filing is null)
            {
                return Failure.NotFound("Filing.NotFound");
            }

            var creditCode = await db.Organizations.AsNoTracking().Where(o => o.Id == filing.OrganizationId).Select(o => o.CreditCode).SingleAsync(ct);
            var shop = await db.Shops.AsNoTracking().Where(s => s.Id == filing.ShopId)
                .Select(s => new ReceiptShop(s.ShopCode, s.Name, s.Address, s.Phone)).SingleAsync(ct);
            var names = await codeTables.LoadAsync([CodeTable.SealType, CodeTable.SealMaterial, CodeTable.SealShape, CodeTable.SealSpec], ct);
            string? NameOf(CodeTable table, string? code) => code is not null && names.TryGetValue((table, code), out var entry) ? entry.Name : null;

            audit.Record(actor, AuditAction, "Filing", filing.Id.ToString(CultureInfo.InvariantCulture), detail: filing.FilingNumber + " " + format,
                division: filing.OrganizationDivisionCode);
            return new FilingReceipt(filing.Id, filing.FilingNumber, filing.AcceptedAt, filing.Reason, filing.OrganizationName, creditCode, filing.OrganizationAddress,
                PersonView.Masked(filing.Agent, protector), shop,
                filing.Seals.OrderBy(s => s.SealCode, StringComparer.Ordinal)
                    .Select(s => new ReceiptSeal(s.SealCode, s.Type, NameOf(CodeTable.SealType, s.Type), s.Text, s.Material, NameOf(CodeTable.SealMaterial, s.Material),
                        s.Shape, NameOf(CodeTable.SealShape, s.Shape), s.Spec, NameOf(CodeTable.SealSpec, s.Spec),
                        s.Recipient is null ? null : PersonView.Masked(s.Recipient, protector)))
                    .ToList(),
                filing.Documents.Select(d => d.Kind).Distinct().ToList());
        }, cancellationToken);
    }
}
