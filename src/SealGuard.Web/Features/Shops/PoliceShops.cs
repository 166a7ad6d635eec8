using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core;
using SealGuard.Core.Codes;
using SealGuard.Core.Divisions;
using SealGuard.Core.Filings;
using SealGuard.Core.Shops;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.PersonalData;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Shops;

public sealed record ShopListItem(string ShopCode, string Name, string DivisionCode, string DivisionName, string Address, string? Phone, DateTime FiledAt, int ActiveStaff, long SealCount);

public sealed record ShopStaffView(long Id, string Name, string MaskedIdNumber, StaffRole Role, StaffState State, DateOnly StartDate);

public sealed record ShopMonthVolume(string Month, long Count);

public sealed record ShopDetails(
    string ShopCode,
    string Name,
    string DivisionCode,
    string DivisionName,
    string Address,
    string? Phone,
    DateTime FiledAt,
    IReadOnlyList<ShopStaffView> Staff,
    long SealCount,
    IReadOnlyDictionary<LifeState, long> ByLifeState,
    IReadOnlyList<ShopMonthVolume> PerMonth);

public sealed record DirectoryShop(string ShopCode, string Name, string DivisionName, string Address, string? Phone);

/// <summary>Which shops a police user may see: those filed in a division of the jurisdiction (same ranges as <see cref="SealScope"/>).</summary>
public static class ShopScope
{
    public static IQueryable<EngravingShop> VisibleTo(this IQueryable<EngravingShop> shops, Actor actor) =>
        shops.Where(InDivisions(actor.Jurisdiction));

    internal static IQueryable<EngravingShop> InDivision(this IQueryable<EngravingShop> shops, string prefix) =>
        shops.Where(InDivisions([prefix]));

    private static Expression<Func<EngravingShop, bool>> InDivisions(IReadOnlyList<string> prefixes) =>
        JurisdictionFilter.For<EngravingShop>(s => s.DivisionCode, prefixes);
}

/// <summary>Shops of the officer's jurisdiction with their staff size and the number of seals they engraved there, in the order asked for (<see cref="ShopOrder"/>).</summary>
public sealed class ListShopsHandler(SealGuardDbContext db)
{
    public async Task<Outcome<IReadOnlyList<ShopListItem>>> HandleAsync(Actor actor, string? divisionCode, string? sort, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.SuperviseShops))
        {
            return Failure.Forbidden();
        }

        if (!ShopOrder.TryParse(sort, out var order))
        {
            return Failure.Validation("sort", new CodeError("Search.InvalidSort", Messages.Get("Search.InvalidSort")));
        }

        var shops = db.Shops.AsNoTracking().VisibleTo(actor);
        if (!string.IsNullOrWhiteSpace(divisionCode))
        {
            if (divisionCode.Length != 6 || !divisionCode.All(char.IsAsciiDigit))
            {
                return Failure.Validation("division", new CodeError("DivisionCode.Format", Messages.Get("DivisionCode.Format")));
            }

            shops = shops.InDivision(divisionCode);
        }

        // Counted in the database per shop; only one row per shop comes back.
        var counts = await db.Seals.AsNoTracking().VisibleTo(actor).GroupBy(s => s.ShopId)
            .Select(g => new { ShopId = g.Key, Count = g.LongCount() })
            .ToDictionaryAsync(g => g.ShopId, g => g.Count, cancellationToken);
        var rows = await shops
            .Select(s => new
            {
                s.Id,
                s.ShopCode,
                s.Name,
                s.DivisionCode,
                s.Address,
                s.Phone,
                s.FiledAt,
                ActiveStaff = db.ShopStaff.Count(st => st.ShopId == s.Id && st.State == StaffState.Accepted),
            }).ToListAsync(cancellationToken);
        return order.Apply(rows.Select(r => new ShopListItem(r.ShopCode, r.Name, r.DivisionCode, DivisionCatalog.Default.DisplayName(r.DivisionCode), r.Address, r.Phone, r.FiledAt, r.ActiveStaff, counts.GetValueOrDefault(r.Id)))).ToList();
    }
}

/// <summary>One shop of the jurisdiction: staff (ID numbers masked) and seal volume per month. Viewing staff names is audited.</summary>
public sealed class GetShopHandler(SealGuardDbContext db, UnitOfWork unitOfWork, AuditTrail audit, PersonalDataProtector protector, TimeProvider clock)
{
    public const int Months = 12;

    public async Task<Outcome<ShopDetails>> HandleAsync(Actor actor, string shopCode, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.SuperviseShops))
        {
            return Failure.Forbidden();
        }

        return await unitOfWork.ExecuteAsync<ShopDetails>(async ct =>
        {
            var shop = await db.Shops.AsNoTracking().Include(s => s.Staff).VisibleTo(actor).SingleOrDefaultAsync(s => s.ShopCode == shopCode, ct);
            if (shop is null)
            {
                return Failure.NotFound("Shop.NotFound");
            }

            var seals = db.Seals.AsNoTracking().VisibleTo(actor).Where(s => s.ShopId == shop.Id);
            var byLife = await seals.GroupBy(s => s.Life).Select(g => new { g.Key, Count = g.LongCount() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);

            var firstMonth = ChinaTime.MonthStart(clock.GetUtcNow().UtcDateTime, Months - 1);
            var since = ChinaTime.ToUtc(firstMonth);
            var monthly = await seals.Where(s => s.AcceptedAt >= since)
                .Select(s => s.AcceptedAt.AddHours(ChinaTime.OffsetHours))
                .GroupBy(t => new { t.Year, t.Month })
                .Select(g => new { g.Key.Year, g.Key.Month, Count = g.LongCount() })
                .ToListAsync(ct);
            var perMonth = Enumerable.Range(0, Months).Select(i => firstMonth.AddMonths(i))
                .Select(m => new ShopMonthVolume(m.ToString("yyyy-MM", CultureInfo.InvariantCulture), monthly.Where(x => x.Year == m.Year && x.Month == m.Month).Sum(x => x.Count)))
                .ToList();

            audit.Record(actor, "Shop.Viewed", "Shop", shop.ShopCode, division: shop.DivisionCode);
            return new ShopDetails(shop.ShopCode, shop.Name, shop.DivisionCode, DivisionCatalog.Default.DisplayName(shop.DivisionCode), shop.Address, shop.Phone, shop.FiledAt,
                shop.Staff.OrderBy(s => s.State == StaffState.Pending ? 0 : s.State == StaffState.Deregistered ? 2 : 1).ThenBy(s => s.Id)
                    .Select(s => new ShopStaffView(s.Id, s.Person.Name, protector.Masked(s.Person), s.Role, s.State, s.StartDate)).ToList(),
                byLife.Values.Sum(), byLife, perMonth);
        }, cancellationToken);
    }
}

/// <summary>The public directory of filed engraving shops in one division: business name, address and phone only.</summary>
public sealed class ShopDirectoryHandler(SealGuardDbContext db)
{
    /// <summary>The county-level divisions the directory offers (those of 新乡市).</summary>
    public const string CityPrefix = "4107";

    public static IReadOnlyList<Division> Divisions() =>
        DivisionCatalog.Default.All.Where(d => d.Level == DivisionLevel.County && d.Code.StartsWith(CityPrefix, StringComparison.Ordinal) && d.Name != "市辖区").ToList();

    public async Task<Outcome<IReadOnlyList<DirectoryShop>>> HandleAsync(string? divisionCode, CancellationToken cancellationToken)
    {
        var shops = db.Shops.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(divisionCode))
        {
            if (!Divisions().Any(d => d.Code == divisionCode))
            {
                return Failure.Validation("division", new CodeError("DivisionCode.NotFound", Messages.Get("DivisionCode.NotFound")));
            }

            shops = shops.InDivision(divisionCode);
        }
        else
        {
            shops = shops.InDivision(CityPrefix);
        }

        var rows = await shops.OrderBy(s => s.DivisionCode).ThenBy(s => s.ShopCode)
            .Select(s => new { s.ShopCode, s.Name, s.DivisionCode, s.Address, s.Phone })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new DirectoryShop(r.ShopCode, r.Name, DivisionCatalog.Default.Find(r.DivisionCode)?.Name ?? r.DivisionCode, r.Address, r.Phone)).ToList();
    }
}
