using SealGuard.Core.Exchange;

namespace SealGuard.Core.Shops;

/// <summary>公章刻制单位: a licensed engraving shop, identified by its 12-digit <see cref="Codes.ShopCode"/>.</summary>
public sealed class EngravingShop : IFerried
{
    private readonly List<ShopStaff> _staff = [];

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
}
