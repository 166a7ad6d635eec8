using SealGuard.Core.Codes;
using SealGuard.Core.Shops;

namespace SealGuard.Core.Filings;

/// <summary>Only accepted, not deregistered staff of the seal's own shop may engrave it (<see cref="StaffRules.IsEligible"/>).</summary>
public static class EngraverRule
{
    public static CodeError? Check(Seal seal, ShopStaff engraver) =>
        engraver.ShopId == seal.ShopId && StaffRules.IsEligible(engraver.State) ? null : RuleViolation.Of("Seal.EngraverNotShopStaff");
}
