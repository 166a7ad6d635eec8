namespace SealGuard.Core.Shops;

public enum StaffRole
{
    Manager = 1,
    Operator = 2,
    Engraver = 3,
}
