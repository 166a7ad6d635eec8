using SealGuard.Core;
using SealGuard.Core.Codes;
using SealGuard.Core.Divisions;
using SealGuard.Core.Shops;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.PersonalData;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Shops;

/// <summary>
/// A licensed engraving shop to register, with its staff. The shop code is allocated in the county-level
/// <c>DivisionCode</c>; <c>FiledAt</c> is when the licence was filed (an existing shop registered later), now when not
/// given, never in the future.
/// </summary>
public sealed record FileShopRequest(string? DivisionCode, string? Name, string? Address, string? Phone, IReadOnlyList<StaffInput>? Staff, DateTime? FiledAt = null);

/// <summary>A member of staff as typed: the person (name, ID number, phone) and the role.</summary>
public sealed record StaffInput(PersonInput? Person, StaffRole? Role);

public sealed record FiledShop(long Id, string ShopCode, string DivisionCode, IReadOnlyList<FiledStaff> Staff);

public sealed record FiledStaff(long Id, StaffRole Role);

/// <summary>
/// 刻章单位备案: registers an engraving shop with its staff in one unit of work. Every field is checked first (all
/// errors at once, nothing written); the shop code is the next one of its division (unique: the allocator's counter and
/// the unique index); staff personal data is stored protected; the filing is audited.
/// </summary>
public sealed class FileShopHandler(SealGuardDbContext db, UnitOfWork unitOfWork, AuditTrail audit, CodeAllocator codes, PersonalDataProtector protector, Jurisdiction jurisdiction, TimeProvider clock)
{
    public const int MaxStaff = 50;

    public async Task<Outcome<FiledShop>> HandleAsync(Actor actor, FileShopRequest request, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.RegisterShops))
        {
            return Failure.Forbidden();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var errors = new ValidationErrors();
        var division = errors.Parse<DivisionCode>("divisionCode", request.DivisionCode, jurisdiction.TryParseFilingDivision);
        errors.Required("name", request.Name);
        errors.MaxLength("name", request.Name, FieldLimits.ShopName);
        errors.Required("address", request.Address);
        errors.MaxLength("address", request.Address, FieldLimits.Address);
        var phone = string.IsNullOrWhiteSpace(request.Phone) ? null : errors.Parse<PhoneNumber>("phone", request.Phone, PhoneNumber.TryParse);
        if (request.FiledAt > now)
        {
            errors.Add("filedAt", Messages.Get("Shop.FiledInFuture"));
        }

        var staff = ValidateStaff(errors, request.Staff);
        if (errors.HasErrors)
        {
            return errors.ToFailure();
        }

        var filedAt = request.FiledAt ?? now;
        return await unitOfWork.ExecuteAsync<FiledShop>(async ct =>
        {
            var serial = await codes.NextAsync(CodeKind.Shop, division!.Value.Value, ct);
            if (serial.Failure is { } exhausted)
            {
                return exhausted;
            }

            var shop = new EngravingShop(ShopCode.Create(division.Value, serial.Value).Value, request.Name!.Trim(), division.Value.Value,
                request.Address!.Trim(), phone?.Value, filedAt);
            db.Shops.Add(shop);
            await db.SaveChangesAsync(ct);
            // Entered by the police with the filing itself, so accepted by it.
            var members = staff.Select(s => ShopStaff.Filed(shop.Id, s.Person.Protect(protector), s.Role, ChinaTime.DateOf(filedAt), filedAt, actor.ToEventActor())).ToList();
            db.ShopStaff.AddRange(members);
            await db.SaveChangesAsync(ct);
            audit.Record(actor, "Shop.Filed", "Shop", shop.ShopCode, division: shop.DivisionCode);
            return new FiledShop(shop.Id, shop.ShopCode, shop.DivisionCode, [.. members.Select(m => new FiledStaff(m.Id, m.Role))]);
        }, cancellationToken);
    }

    private static List<(ValidPerson Person, StaffRole Role)> ValidateStaff(ValidationErrors errors, IReadOnlyList<StaffInput>? staff)
    {
        var valid = new List<(ValidPerson, StaffRole)>();
        if (staff is not { Count: > 0 })
        {
            errors.Add("staff", Messages.Get("Field.Required"));
            return valid;
        }

        if (staff.Count > MaxStaff)
        {
            errors.Add("staff", Messages.Get("Shop.TooManyStaff", MaxStaff));
            return valid;
        }

        for (var i = 0; i < staff.Count; i++)
        {
            var field = $"staff[{i}]";
            var person = errors.Person(field + ".person", staff[i]?.Person, phoneRequired: true);
            if (staff[i]?.Role is not { } role || !Enum.IsDefined(role))
            {
                errors.Add(field + ".role", Messages.Get("Field.Required"));
            }
            else if (person is not null)
            {
                valid.Add((person, role));
            }
        }

        return valid;
    }
}
