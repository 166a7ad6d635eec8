using SealGuard.Core.Codes;
using SealGuard.Core.Shops;

namespace SealGuard.Core.Filings;

/// <summary>Only active registered staff of the seal's own shop may engrave it.</summary>
public static class EngraverRule
{
    public static CodeError? Check(Seal seal, ShopStaff engraver) =>
        engraver.ShopId == seal.ShopId && engraver.IsActive ? null : RuleViolation.Of("Seal.EngraverNotShopStaff");
}
