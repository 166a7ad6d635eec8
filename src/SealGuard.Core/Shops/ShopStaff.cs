using SealGuard.Core.People;

namespace SealGuard.Core.Shops;

/// <summary>从业人员: a registered person working at an engraving shop.</summary>
public sealed class ShopStaff
{
    public long Id { get; private set; }
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
        ShopId = shopId;
        Person = person;
        Role = role;
        IsActive = true;
        RegisteredAt = registeredAt;
    }
}
