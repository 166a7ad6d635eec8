using SealGuard.Core.Exchange;
using SealGuard.Core.People;

namespace SealGuard.Core.Shops;

/// <summary>从业人员: a registered person working at an engraving shop.</summary>
public sealed class ShopStaff : IFerried
{
    public long Id { get; private set; }
    public Guid Key { get; private set; }
    public long Version { get; private set; }
    public long ShopId { get; private set; }
    public PersonRecord Person { get; private set; } = null!;
    public StaffRole Role { get; private set; }
    public bool IsActive { get; private set; }
    public DateTime RegisteredAt { get; private set; }

    private ShopStaff()
    {
    }

    public ShopStaff(long shopId, PersonRecord person, StaffRole role, DateTime registeredAt)
    {
        Key = StableKey.New(registeredAt);
        Version = 1;
        ShopId = shopId;
        Person = person;
        Role = role;
        IsActive = true;
        RegisteredAt = registeredAt;
    }
}
