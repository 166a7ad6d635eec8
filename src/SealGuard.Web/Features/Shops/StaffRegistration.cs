using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core;
using SealGuard.Core.Codes;
using SealGuard.Core.Shops;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.PersonalData;
using SealGuard.Web.Features.Seals;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Shops;

/// <summary>A staff registration as the shop manager types it (new or corrected): the person with phone, the role and the start date.</summary>
public sealed record StaffRegistrationRequest(PersonInput? Person, StaffRole? Role, DateOnly? StartDate);

/// <summary>从业人员注销: the day the person left and why.</summary>
public sealed record StaffDeregistrationRequest(DateOnly? On, string? Reason);

/// <summary>The police decision on a pending registration: <c>Accepted</c>, or <c>Returned</c> with a reason.</summary>
public sealed record StaffDecisionRequest(StaffState? Decision, string? Reason);

public sealed record StaffEventView(StaffAction Action, StaffState ToState, DateTime OccurredAt, string Actor, string? Note);

/// <summary>One staff registration; the ID number and phone are masked unless an officer revealed them (audited).</summary>
public sealed record StaffMemberView(
    long Id,
    string ShopCode,
    string ShopName,
    string DivisionCode,
    PersonView Person,
    StaffRole Role,
    StaffState State,
    DateOnly StartDate,
    DateTime RegisteredAt,
    string? ReturnReason,
    DateOnly? DeregisteredOn,
    string? DeregistrationReason,
    IReadOnlyList<StaffAction> AllowedActions,
    IReadOnlyList<StaffEventView> History,
    bool Revealed);

/// <summary>A row of a staff list: the ID number masked, no phone.</summary>
public sealed record StaffListItem(long Id, string ShopCode, string ShopName, string DivisionCode, string Name, string MaskedIdNumber, StaffRole Role, StaffState State, DateOnly StartDate, DateTime RegisteredAt);

/// <summary>The filters of the police staff list; every one optional, pending registrations first.</summary>
public sealed record StaffFilters(StaffState? State = null, string? ShopCode = null, string? DivisionCode = null, StaffRole? Role = null);

/// <summary>Where staff records are visible: a shop user its own shop's, police those of shops in their jurisdiction.</summary>
public static class StaffScope
{
    public static IQueryable<ShopStaff> VisibleTo(this IQueryable<ShopStaff> staff, SealGuardDbContext db, Actor actor) => actor.Scope switch
    {
        ScopeKind.Shop => staff.Where(s => s.ShopId == actor.ShopId),
        ScopeKind.Jurisdiction => staff.Where(s => db.Shops.VisibleTo(actor).Any(shop => shop.Id == s.ShopId)),
        _ => staff.Where(_ => false),
    };

    internal static string KeyOf(ShopStaff staff) => staff.Id.ToString(CultureInfo.InvariantCulture);

    internal static StaffMemberView View(ShopStaff staff, EngravingShop shop, PersonalDataProtector protector, bool reveal) =>
        new(staff.Id, shop.ShopCode, shop.Name, shop.DivisionCode,
            reveal ? new PersonView(staff.Person.Name, protector.Reveal(staff.Person).Value, staff.Person.Phone) : PersonView.Masked(staff.Person, protector),
            staff.Role, staff.State, staff.StartDate, staff.RegisteredAt, staff.ReturnReason, staff.DeregisteredOn, staff.DeregistrationReason,
            StaffRules.Allowed(staff.State),
            // A step taken in this unit of work has no id until it is saved: it is the latest.
            staff.History.OrderBy(e => e.Id == 0 ? long.MaxValue : e.Id).Select(e => new StaffEventView(e.Action, e.ToState, e.OccurredAt, e.ActorName, e.Note)).ToList(),
            reveal);
}

/// <summary>
/// 从业人员登记 by the shop manager: registers a person (pending until the police decide), corrects and re-submits a
/// returned registration, deregisters someone who left. Only the manager's own shop's staff; another shop's staff id
/// answers like an unknown one. Every step is kept in the staff history and audited (without personal data).
/// </summary>
public sealed class ManageStaffHandler(SealGuardDbContext db, UnitOfWork unitOfWork, AuditTrail audit, PersonalDataProtector protector, TimeProvider clock)
{
    public async Task<Outcome<StaffMemberView>> RegisterAsync(Actor actor, string shopCode, StaffRegistrationRequest request, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.ManageStaff) || actor.ShopId is not { } shopId)
        {
            return Failure.Forbidden();
        }

        var (person, failure) = Validate(request);
        if (failure is not null)
        {
            return failure;
        }

        return await unitOfWork.ExecuteAsync<StaffMemberView>(async ct =>
        {
            var shop = await db.Shops.SingleOrDefaultAsync(s => s.Id == shopId && s.ShopCode == shopCode, ct);
            if (shop is null)
            {
                return Failure.NotFound("Shop.NotFound");
            }

            var protectedPerson = person!.Protect(protector);
            if (await IsDuplicateAsync(shopId, protectedPerson.IdNumberIndex, null, ct))
            {
                return Failure.Rule(RuleViolation("Staff.DuplicatePerson"), "person.idNumber");
            }

            var staff = ShopStaff.Registered(shopId, protectedPerson, request.Role!.Value, request.StartDate!.Value, clock.GetUtcNow().UtcDateTime, actor.ToEventActor());
            db.ShopStaff.Add(staff);
            await db.SaveChangesAsync(ct);
            audit.Record(actor, "Staff.Registered", "Staff", StaffScope.KeyOf(staff), detail: staff.Role.ToString(), division: shop.DivisionCode);
            return StaffScope.View(staff, shop, protector, reveal: false);
        }, cancellationToken);
    }

    public async Task<Outcome<StaffMemberView>> CorrectAsync(Actor actor, long staffId, StaffRegistrationRequest request, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.ManageStaff) || actor.ShopId is null)
        {
            return Failure.Forbidden();
        }

        var (person, failure) = Validate(request);
        if (failure is not null)
        {
            return failure;
        }

        return await ChangeAsync(actor, staffId, "Staff.Corrected", async (staff, ct) =>
        {
            var protectedPerson = person!.Protect(protector);
            if (await IsDuplicateAsync(staff.ShopId, protectedPerson.IdNumberIndex, staff.Id, ct))
            {
                return Failure.Rule(RuleViolation("Staff.DuplicatePerson"), "person.idNumber");
            }

            return staff.Correct(protectedPerson, request.Role!.Value, request.StartDate!.Value, actor.ToEventActor(), clock.GetUtcNow().UtcDateTime) is { } refused
                ? Failure.Rule(refused)
                : null;
        }, cancellationToken);
    }

    public async Task<Outcome<StaffMemberView>> DeregisterAsync(Actor actor, long staffId, StaffDeregistrationRequest request, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.ManageStaff) || actor.ShopId is null)
        {
            return Failure.Forbidden();
        }

        var errors = new ValidationErrors();
        if (request.On is not { } on)
        {
            errors.Add("on", Messages.Get("Field.Required"));
        }
        else if (on > ChinaTime.Today(clock))
        {
            errors.Add("on", Messages.Get("Staff.DeregisteredInFuture"));
        }

        errors.Required("reason", request.Reason);
        errors.MaxLength("reason", request.Reason, StaffRules.MaxReasonLength);
        if (errors.HasErrors)
        {
            return errors.ToFailure();
        }

        return await ChangeAsync(actor, staffId, "Staff.Deregistered", (staff, _) =>
            Task.FromResult(staff.Deregister(request.On!.Value, request.Reason!.Trim(), actor.ToEventActor(), clock.GetUtcNow().UtcDateTime) is { } refused
                ? Failure.Rule(refused, refused.Code == "Staff.DeregisteredBeforeStart" ? "on" : "reason")
                : null), cancellationToken);
    }

    private (ValidPerson? Person, Failure? Failure) Validate(StaffRegistrationRequest request)
    {
        var errors = new ValidationErrors();
        var person = errors.Person("person", request.Person, phoneRequired: true);
        if (request.Role is not { } role || !Enum.IsDefined(role))
        {
            errors.Add("role", Messages.Get("Field.Required"));
        }

        if (request.StartDate is not { } start)
        {
            errors.Add("startDate", Messages.Get("Field.Required"));
        }
        else if (start > ChinaTime.Today(clock))
        {
            errors.Add("startDate", Messages.Get("Staff.StartInFuture"));
        }

        return errors.HasErrors ? (null, errors.ToFailure()) : (person, null);
    }

    /// <summary>The same person (blind index) already on the shop's books and not deregistered.</summary>
    private Task<bool> IsDuplicateAsync(long shopId, string idNumberIndex, long? except, CancellationToken ct) =>
        db.ShopStaff.AnyAsync(s => s.ShopId == shopId && s.Id != except && s.State != StaffState.Deregistered && s.Person.IdNumberIndex == idNumberIndex, ct);

    private async Task<Outcome<StaffMemberView>> ChangeAsync(Actor actor, long staffId, string action, Func<ShopStaff, CancellationToken, Task<Failure?>> change, CancellationToken cancellationToken) =>
        await unitOfWork.ExecuteAsync<StaffMemberView>(async ct =>
        {
            var staff = await db.ShopStaff.Include(s => s.History).SingleOrDefaultAsync(s => s.Id == staffId && s.ShopId == actor.ShopId, ct);
            if (staff is null)
            {
                return Failure.NotFound("Staff.NotFound");
            }

            if (await change(staff, ct) is { } failure)
            {
                return failure;
            }

            var shop = await db.Shops.AsNoTracking().SingleAsync(s => s.Id == staff.ShopId, ct);
            audit.Record(actor, action, "Staff", StaffScope.KeyOf(staff), detail: staff.DeregistrationReason is { } reason && action == "Staff.Deregistered" ? reason : null, division: shop.DivisionCode);
            return StaffScope.View(staff, shop, protector, reveal: false);
        }, cancellationToken);

    private static CodeError RuleViolation(string code) => new(code, Messages.Get(code));
}

/// <summary>
/// 从业人员登记审核: an officer of the shop's jurisdiction accepts a pending registration or returns it with a reason. A
/// registration is decided once: the row's version is a concurrency token, so of parallel decisions one commits and the
/// others answer 409 (<c>Conflict.ConcurrentChange</c> or <c>Staff.NotPending</c>).
/// </summary>
public sealed class DecideStaffHandler(SealGuardDbContext db, UnitOfWork unitOfWork, AuditTrail audit, PersonalDataProtector protector, TimeProvider clock)
{
    public async Task<Outcome<StaffMemberView>> HandleAsync(Actor actor, long staffId, StaffDecisionRequest request, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.DecideStaff))
        {
            return Failure.Forbidden();
        }

        var errors = new ValidationErrors();
        if (request.Decision is not (StaffState.Accepted or StaffState.Returned))
        {
            errors.Add("decision", Messages.Get("Field.Required"));
        }
        else if (request.Decision == StaffState.Returned)
        {
            errors.Required("reason", request.Reason);
        }

        errors.MaxLength("reason", request.Reason, StaffRules.MaxReasonLength);
        if (errors.HasErrors)
        {
            return errors.ToFailure();
        }

        return await unitOfWork.ExecuteAsync<StaffMemberView>(async ct =>
        {
            var staff = await db.ShopStaff.Include(s => s.History).VisibleTo(db, actor).SingleOrDefaultAsync(s => s.Id == staffId, ct);
            if (staff is null)
            {
                return Failure.NotFound("Staff.NotFound");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var accepted = request.Decision == StaffState.Accepted;
            var refused = accepted ? staff.Accept(actor.ToEventActor(), now) : staff.Return(request.Reason!.Trim(), actor.ToEventActor(), now);
            if (refused is not null)
            {
                return Failure.Rule(refused);
            }

            var shop = await db.Shops.AsNoTracking().SingleAsync(s => s.Id == staff.ShopId, ct);
            audit.Record(actor, accepted ? "Staff.Accepted" : "Staff.Returned", "Staff", StaffScope.KeyOf(staff), detail: accepted ? null : staff.ReturnReason, division: shop.DivisionCode);
            return StaffScope.View(staff, shop, protector, reveal: false);
        }, cancellationToken);
    }
}

/// <summary>
/// One staff registration with its history, for its shop or the police of its jurisdiction; names are shown, so every
/// view is audited. An officer may reveal the full ID number and phone with a purpose (audited as a reveal).
/// </summary>
public sealed class GetStaffHandler(SealGuardDbContext db, UnitOfWork unitOfWork, AuditTrail audit, PersonalDataProtector protector)
{
    public async Task<Outcome<StaffMemberView>> HandleAsync(Actor actor, long staffId, bool reveal, string? purpose, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.FileSeals) && !actor.Can(Capability.SuperviseShops))
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

        return await unitOfWork.ExecuteAsync<StaffMemberView>(async ct =>
        {
            var staff = await db.ShopStaff.AsNoTracking().Include(s => s.History).VisibleTo(db, actor).SingleOrDefaultAsync(s => s.Id == staffId, ct);
            if (staff is null)
            {
                return Failure.NotFound("Staff.NotFound");
            }

            var shop = await db.Shops.AsNoTracking().SingleAsync(s => s.Id == staff.ShopId, ct);
            audit.Record(actor, reveal ? "PersonalData.Revealed" : "Staff.Viewed", "Staff", StaffScope.KeyOf(staff), trimmedPurpose, division: shop.DivisionCode);
            return StaffScope.View(staff, shop, protector, reveal);
        }, cancellationToken);
    }
}

/// <summary>
/// Staff registrations in the caller's scope (a shop its own, police their jurisdiction's shops), pending first, then by
/// shop and registration; ID numbers masked. An officer's listing is audited once per list.
/// </summary>
public sealed class ListStaffRegistrationsHandler(SealGuardDbContext db, UnitOfWork unitOfWork, AuditTrail audit, PersonalDataProtector protector)
{
    /// <summary>Enough for every registration of a city's shops; the police filter by state, shop or division.</summary>
    public const int MaxRows = 1000;

    public async Task<Outcome<IReadOnlyList<StaffListItem>>> HandleAsync(Actor actor, StaffFilters filters, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.FileSeals) && !actor.Can(Capability.SuperviseShops))
        {
            return Failure.Forbidden();
        }

        if (filters.DivisionCode is { Length: > 0 } division && (division.Length != 6 || !division.All(char.IsAsciiDigit)))
        {
            return Failure.Validation("division", new CodeError("DivisionCode.Format", Messages.Get("DivisionCode.Format")));
        }

        return await unitOfWork.ExecuteAsync<IReadOnlyList<StaffListItem>>(async ct =>
        {
            var shops = db.Shops.AsNoTracking();
            shops = actor.Scope == ScopeKind.Shop ? shops.Where(s => s.Id == actor.ShopId) : shops.VisibleTo(actor);
            if (!string.IsNullOrWhiteSpace(filters.ShopCode))
            {
                shops = shops.Where(s => s.ShopCode == filters.ShopCode);
            }

            if (!string.IsNullOrWhiteSpace(filters.DivisionCode))
            {
                shops = shops.InDivision(filters.DivisionCode);
            }

            var staff = db.ShopStaff.AsNoTracking();
            if (filters.State is { } state)
            {
                staff = staff.Where(s => s.State == state);
            }

            if (filters.Role is { } role)
            {
                staff = staff.Where(s => s.Role == role);
            }

            var rows = await (from s in staff
                              join shop in shops on s.ShopId equals shop.Id
                              orderby s.State == StaffState.Pending ? 0 : 1, shop.ShopCode, s.Id
                              select new { Staff = s, shop.ShopCode, shop.Name, shop.DivisionCode })
                .Take(MaxRows).ToListAsync(ct);
            if (actor.Scope == ScopeKind.Jurisdiction)
            {
                // Names of another organization's people: the officer's listing is on record, as a shop's detail view is.
                audit.Record(actor, "Staff.Viewed", "Staff", "list", detail: rows.Count.ToString(CultureInfo.InvariantCulture), division: AuditScope.OfJurisdiction(actor.Jurisdiction));
            }

            return rows.Select(r => new StaffListItem(r.Staff.Id, r.ShopCode, r.Name, r.DivisionCode, r.Staff.Person.Name, protector.Masked(r.Staff.Person), r.Staff.Role,
                r.Staff.State, r.Staff.StartDate, r.Staff.RegisteredAt)).ToList();
        }, cancellationToken);
    }
}
