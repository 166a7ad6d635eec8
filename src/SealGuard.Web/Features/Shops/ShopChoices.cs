using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Divisions;
using SealGuard.Core.Shops;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.PersonalData;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Shops;

/// <summary>A filed shop as a choice in a form: its code, name and county.</summary>
public sealed record ShopChoice(string ShopCode, string Name, string DivisionName);

/// <summary>Every filed shop, for the administrator binding a shop account to its shop (the server still checks the code).</summary>
public sealed class ListShopChoicesHandler(SealGuardDbContext db)
{
    public async Task<Outcome<IReadOnlyList<ShopChoice>>> HandleAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.AdministerUsers))
        {
            return Failure.Forbidden();
        }

        var rows = await db.Shops.AsNoTracking().OrderBy(s => s.DivisionCode).ThenBy(s => s.Name)
            .Select(s => new { s.ShopCode, s.Name, s.DivisionCode }).ToListAsync(cancellationToken);
        return rows.Select(r => new ShopChoice(r.ShopCode, r.Name, DivisionCatalog.Default.Find(r.DivisionCode)?.Name ?? r.DivisionCode)).ToList();
    }
}

/// <summary>An accepted member of a shop's staff as a choice for linking an account: name, masked ID number, role, and the account already linked to it.</summary>
public sealed record StaffChoice(long StaffId, string ShopCode, string Name, string MaskedIdNumber, StaffRole Role, string? LinkedUserName);

/// <summary>
/// Every shop's accepted staff (从业人员 the police accepted), for the administrator linking a shop account to the person
/// who uses it; the server still checks the link (<c>UserAccess.CheckStaffLinkAsync</c>).
/// </summary>
public sealed class ListStaffChoicesHandler(SealGuardDbContext db, PersonalDataProtector protector)
{
    public async Task<Outcome<IReadOnlyList<StaffChoice>>> HandleAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.AdministerUsers))
        {
            return Failure.Forbidden();
        }

        var rows = await (from staff in db.ShopStaff.AsNoTracking()
                          join shop in db.Shops on staff.ShopId equals shop.Id
                          where staff.State == StaffState.Accepted
                          orderby shop.ShopCode, staff.Id
                          select new { Staff = staff, shop.ShopCode, LinkedUserName = db.Users.Where(u => u.StaffId == staff.Id).Select(u => u.UserName).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new StaffChoice(r.Staff.Id, r.ShopCode, r.Staff.Person.Name, protector.Masked(r.Staff.Person), r.Staff.Role, r.LinkedUserName)).ToList();
    }
}
