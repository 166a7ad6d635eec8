namespace SealGuard.Web.Features.Identity;

public enum UserRole
{
    ShopOperator = 1,
    ShopManager = 2,
    PoliceOfficer = 3,
    PoliceAdmin = 4,
    SystemAdmin = 5,
}
