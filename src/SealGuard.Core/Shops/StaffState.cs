namespace SealGuard.Core.Shops;

/// <summary>Where a staff registration (从业人员登记) stands with the police.</summary>
public enum StaffState
{
    /// <summary>Registered or corrected by the shop, awaiting the police of the shop's jurisdiction (待审核).</summary>
    Pending = 1,

    /// <summary>Sent back by the police with a reason; the shop corrects and re-submits it (已退回).</summary>
    Returned = 2,

    /// <summary>Accepted by the police: the person may operate and engrave (已备案).</summary>
    Accepted = 3,

    /// <summary>Left the shop (已注销); final.</summary>
    Deregistered = 4,
}
