using Microsoft.EntityFrameworkCore;
using SealGuard.Core.CodeTables;
using SealGuard.Core.Filings;
using SealGuard.Web.Data;
using SealGuard.Web.Features.CodeTables;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Intake;

public sealed record ReceiptSeal(string SealCode, string Type, string? TypeName, string Text);

public sealed record FilingReceipt(long FilingId, DateTime AcceptedAt, EngravingReason Reason, string OrgName, string CreditCode, string ShopName, string ShopCode,
    IReadOnlyList<ReceiptSeal> Seals, IReadOnlyList<DocumentKind> Documents);

/// <summary>备案回执: what the shop prints for the customer after intake. No personal data, so no audit entry.</summary>
public sealed class GetFilingReceiptHandler(SealGuardDbContext db, CodeTableService codeTables)
{
    public async Task<Outcome<FilingReceipt>> HandleAsync(Actor actor, long filingId, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.FileSeals))
        {
            return Failure.Forbidden();
        }

        var filing = await db.Filings.AsNoTracking().Include(f => f.Seals).Include(f => f.Documents)
            .SingleOrDefaultAsync(f => f.Id == filingId && f.ShopId == actor.ShopId, cancellationToken);
        if (filing is null)
        {
            return Failure.NotFound("Filing.NotFound");
        }

        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == filing.OrganizationId).Select(o => new { o.Name, o.CreditCode }).SingleAsync(cancellationToken);
        var shop = await db.Shops.AsNoTracking().Where(s => s.Id == filing.ShopId).Select(s => new { s.Name, s.ShopCode }).SingleAsync(cancellationToken);
        var names = await codeTables.LoadAsync([CodeTable.SealType], cancellationToken);
        return new FilingReceipt(filing.Id, filing.AcceptedAt, filing.Reason, organization.Name, organization.CreditCode, shop.Name, shop.ShopCode,
            filing.Seals.OrderBy(s => s.SealCode, StringComparer.Ordinal)
                .Select(s => new ReceiptSeal(s.SealCode, s.Type, names.TryGetValue((CodeTable.SealType, s.Type), out var entry) ? entry.Name : null, s.Text))
                .ToList(),
            filing.Documents.Select(d => d.Kind).Distinct().ToList());
    }
}
