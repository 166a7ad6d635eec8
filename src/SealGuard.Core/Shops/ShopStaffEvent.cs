using SealGuard.Core.Exchange;
using SealGuard.Core.Filings;

namespace SealGuard.Core.Shops;

/// <summary>One step of a staff registration: who, when, the state it led to and the reason given.</summary>
public sealed class ShopStaffEvent : IFerried
{
    public long Id { get; private set; }
    public Guid Key { get; private set; }
    public long Version { get; private set; }
    public long StaffId { get; private set; }
    public StaffAction Action { get; private set; }
    public StaffState ToState { get; private set; }
    public DateTime OccurredAt { get; private set; }
    public long ActorUserId { get; private set; }
    public string ActorName { get; private set; } = null!;
    public string? Note { get; private set; }

    private ShopStaffEvent()
    {
    }

    internal ShopStaffEvent(StaffAction action, StaffState toState, EventActor actor, DateTime occurredAt, string? note)
    {
        Key = StableKey.New(occurredAt);
        Version = 1;
        Action = action;
        ToState = toState;
        ActorUserId = actor.UserId;
        ActorName = actor.UserName;
        OccurredAt = occurredAt;
        Note = note;
    }
}
