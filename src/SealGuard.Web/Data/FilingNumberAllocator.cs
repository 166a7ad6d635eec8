using SealGuard.Core.Codes;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Data;

/// <summary>
/// Hands out filing numbers (shop code + China-time year + serial) inside the caller's transaction, through
/// <see cref="DatabaseDialect.AllocateFilingSerialsAsync"/>: concurrent intakes of one shop queue on the counter row, so
/// no number is handed out twice; a rolled-back intake leaves a gap, which the format allows.
/// </summary>
public sealed class FilingNumberAllocator(SealGuardDbContext db)
{
    /// <exception cref="InvalidOperationException">No unit of work is open.</exception>
    public async Task<Outcome<FilingNumber>> NextAsync(long shopId, ShopCode shopCode, DateTime acceptedAtUtc, CancellationToken cancellationToken)
    {
        var year = FilingNumber.YearOf(acceptedAtUtc);
        if (await db.Dialect.AllocateFilingSerialsAsync(db.Database, shopId, year, 1, FilingNumber.MaxSerial, cancellationToken) is not { } serial)
        {
            return Failure.Rule(FilingNumber.Exhausted(shopCode.Value, year));
        }

        return FilingNumber.Create(shopCode, year, serial);
    }
}
