using SealGuard.Core.Exchange;
using SealGuard.Core.Filings;

namespace SealGuard.Core.Shops;

/// <summary>One change of a shop's <see cref="ShopState"/>: who decided it, when, from and to which state, why, and from which day.</summary>
public sealed class ShopStateChange : IFerried
{
    public long Id { get; private set; }
    public Guid Key { get; private set; }
    public long Version { get; private set; }
    public long ShopId { get; private set; }
    public ShopState FromState { get; private set; }
    public ShopState ToState { get; private set; }
    public string Reason { get; private set; } = null!;
    public DateOnly EffectiveOn { get; private set; }
    public DateTime ChangedAt { get; private set; }
    public long ActorUserId { get; private set; }
    public string ActorName { get; private set; } = null!;

    private ShopStateChange()
    {
    }

    internal ShopStateChange(ShopState from, ShopState to, string reason, DateOnly effectiveOn, EventActor actor, DateTime changedAt)
    {
        Key = StableKey.New(changedAt);
        Version = 1;
        FromState = from;
        ToState = to;
        Reason = reason;
        EffectiveOn = effectiveOn;
        ChangedAt = changedAt;
        ActorUserId = actor.UserId;
        ActorName = actor.UserName;
    }
}
