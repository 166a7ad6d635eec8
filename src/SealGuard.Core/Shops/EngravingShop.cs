using SealGuard.Core.Codes;
using SealGuard.Core.Exchange;
using SealGuard.Core.Filings;

namespace SealGuard.Core.Shops;

/// <summary>公章刻制单位: a licensed engraving shop, identified by its 12-digit <see cref="Codes.ShopCode"/>.</summary>
public sealed class EngravingShop : IFerried
{
    private readonly List<ShopStaff> _staff = [];
    private readonly List<ShopStateChange> _stateChanges = [];

    public long Id { get; private set; }
    public Guid Key { get; private set; }
    public long Version { get; private set; }
    public string ShopCode { get; private set; } = null!;
    public string Name { get; private set; } = null!;
    public string DivisionCode { get; private set; } = null!;
    public string Address { get; private set; } = null!;
    public string? Phone { get; private set; }
    public DateTime FiledAt { get; private set; }
    public IReadOnlyList<ShopStaff> Staff => _staff;

    /// <summary>The state police set; <see cref="ShopStanding.Effective"/> adds the 停业整顿 periods.</summary>
    public ShopState State { get; private set; } = ShopState.Normal;

    /// <summary>Every state change, oldest first, when loaded.</summary>
    public IReadOnlyList<ShopStateChange> StateChanges => _stateChanges;

    private EngravingShop()
    {
    }

    public EngravingShop(string shopCode, string name, string divisionCode, string address, string? phone, DateTime filedAt)
    {
        Key = StableKey.New(filedAt);
        Version = 1;
        ShopCode = shopCode;
        Name = name;
        DivisionCode = divisionCode;
        Address = address;
        Phone = phone;
        FiledAt = filedAt;
    }

    /// <summary>Police set the shop's state with a reason, kept in <see cref="StateChanges"/>; refused by <see cref="ShopStanding.ChangeRefusal"/>.</summary>
    public CodeError? ChangeState(ShopState to, string reason, DateOnly effectiveOn, EventActor actor, DateTime now)
    {
        if (ShopStanding.ChangeRefusal(State, to, effectiveOn, ChinaTime.DateOf(now)) is { } refusal)
        {
            return refusal;
        }

        _stateChanges.Add(new ShopStateChange(State, to, reason, effectiveOn, actor, now));
        State = to;
        return null;
    }
}
