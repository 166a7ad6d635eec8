using SealGuard.Core.Codes;
using SealGuard.Core.Exchange;
using SealGuard.Core.Filings;
using SealGuard.Core.People;

namespace SealGuard.Core.Shops;

/// <summary>
/// 从业人员: a person working at an engraving shop. The shop registers them (pending until the police of the shop's
/// jurisdiction accept or return it), corrects a returned registration and deregisters them when they leave; every step
/// is kept in <see cref="History"/>. The steps allowed in each state are <see cref="StaffRules"/>'.
/// </summary>
public sealed class ShopStaff : IFerried
{
    private readonly List<ShopStaffEvent> _history = [];

    public long Id { get; private set; }
    public Guid Key { get; private set; }
    public long Version { get; private set; }
    public long ShopId { get; private set; }
    public PersonRecord Person { get; private set; } = null!;
    public StaffRole Role { get; private set; }
    public StaffState State { get; private set; }

    /// <summary>The day the person started at the shop (China date).</summary>
    public DateOnly StartDate { get; private set; }

    public DateTime RegisteredAt { get; private set; }

    /// <summary>The police's reason of the last return, kept after a correction so the shop sees what was asked.</summary>
    public string? ReturnReason { get; private set; }

    public DateOnly? DeregisteredOn { get; private set; }
    public string? DeregistrationReason { get; private set; }
    public IReadOnlyList<ShopStaffEvent> History => _history;

    private ShopStaff()
    {
    }

    private ShopStaff(long shopId, PersonRecord person, StaffRole role, DateOnly startDate, DateTime registeredAt, StaffState state, StaffAction action, EventActor actor)
    {
        Key = StableKey.New(registeredAt);
        Version = 1;
        ShopId = shopId;
        Person = person;
        Role = role;
        StartDate = startDate;
        RegisteredAt = registeredAt;
        State = state;
        _history.Add(new ShopStaffEvent(action, state, actor, registeredAt, null));
    }

    /// <summary>Staff the police enter with the shop's own filing (刻章业备案): accepted by that filing.</summary>
    public static ShopStaff Filed(long shopId, PersonRecord person, StaffRole role, DateOnly startDate, DateTime filedAt, EventActor officer) =>
        new(shopId, person, role, startDate, filedAt, StaffState.Accepted, StaffAction.Filed, officer);

    /// <summary>The shop registers a person: pending until the police decide.</summary>
    public static ShopStaff Registered(long shopId, PersonRecord person, StaffRole role, DateOnly startDate, DateTime now, EventActor manager) =>
        new(shopId, person, role, startDate, now, StaffState.Pending, StaffAction.Registered, manager);

    public CodeError? Accept(EventActor officer, DateTime now) => Step(StaffAction.Accepted, StaffState.Accepted, officer, now, null);

    public CodeError? Return(string reason, EventActor officer, DateTime now)
    {
        var refused = Step(StaffAction.Returned, StaffState.Returned, officer, now, reason);
        if (refused is null)
        {
            ReturnReason = reason;
        }

        return refused;
    }

    /// <summary>The shop corrects a returned registration and submits it again (pending).</summary>
    public CodeError? Correct(PersonRecord person, StaffRole role, DateOnly startDate, EventActor manager, DateTime now)
    {
        var refused = Step(StaffAction.Corrected, StaffState.Pending, manager, now, null);
        if (refused is null)
        {
            Person = person;
            Role = role;
            StartDate = startDate;
        }

        return refused;
    }

    public CodeError? Deregister(DateOnly on, string reason, EventActor manager, DateTime now)
    {
        if (on < StartDate)
        {
            return RuleViolation.Of("Staff.DeregisteredBeforeStart");
        }

        var refused = Step(StaffAction.Deregistered, StaffState.Deregistered, manager, now, reason);
        if (refused is null)
        {
            DeregisteredOn = on;
            DeregistrationReason = reason;
        }

        return refused;
    }

    private CodeError? Step(StaffAction action, StaffState to, EventActor actor, DateTime now, string? note)
    {
        if (StaffRules.CheckStep(State, action) is { } refused)
        {
            return refused;
        }

        State = to;
        _history.Add(new ShopStaffEvent(action, to, actor, now, note));
        return null;
    }
}
