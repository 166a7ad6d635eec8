using SealGuard.Core.Exchange;

namespace SealGuard.Core.Filings;

/// <summary>One transition in a seal's history: who, when, from which states to which, and why.</summary>
public sealed class SealEvent : IFerried
{
    public long Id { get; private set; }
    public Guid Key { get; private set; }
    public long Version { get; private set; }
    public long SealId { get; private set; }
    public SealAction Action { get; private set; }
    public DateTime OccurredAt { get; private set; }
    public long ActorUserId { get; private set; }
    public string ActorName { get; private set; } = null!;
    public FlowState? FromFlow { get; private set; }
    public FlowState ToFlow { get; private set; }
    public LifeState? FromLife { get; private set; }
    public LifeState ToLife { get; private set; }
    public string? Note { get; private set; }

    private SealEvent()
    {
    }

    internal SealEvent(SealAction action, EventActor actor, DateTime occurredAt, FlowState? fromFlow, FlowState toFlow, LifeState? fromLife, LifeState toLife, string? note)
    {
        Key = StableKey.New(occurredAt);
        Version = 1;
        Action = action;
        ActorUserId = actor.UserId;
        ActorName = actor.UserName;
        OccurredAt = occurredAt;
        FromFlow = fromFlow;
        ToFlow = toFlow;
        FromLife = fromLife;
        ToLife = toLife;
        Note = note;
    }
}
