using SealGuard.Core.Codes;
using SealGuard.Core.Filings;

namespace SealGuard.Core.Shops;

/// <summary>
/// The one home of what a staff registration allows: which step may follow which state, and who may work. Pages, API,
/// intake and the engraving step ask it.
/// </summary>
public static class StaffRules
{
    public const int MaxReasonLength = 500;

    /// <summary>The steps a registration in <paramref name="state"/> allows next.</summary>
    public static IReadOnlyList<StaffAction> Allowed(StaffState state) => state switch
    {
        StaffState.Pending => [StaffAction.Accepted, StaffAction.Returned, StaffAction.Deregistered],
        StaffState.Returned => [StaffAction.Corrected, StaffAction.Deregistered],
        StaffState.Accepted => [StaffAction.Deregistered],
        _ => [],
    };

    /// <summary>Null when <paramref name="action"/> may follow <paramref name="state"/>, else the refusal.</summary>
    public static CodeError? CheckStep(StaffState state, StaffAction action) =>
        Allowed(state).Contains(action) ? null
        : state == StaffState.Deregistered ? RuleViolation.Of("Staff.AlreadyDeregistered")
        : action is StaffAction.Accepted or StaffAction.Returned ? RuleViolation.Of("Staff.NotPending")
        : RuleViolation.Of("Staff.NotReturned");

    /// <summary>The refusal of a shop user who may not work (the alert rules know it by this code).</summary>
    public const string NotEligibleCode = "Staff.NotEligible";

    /// <summary>Only accepted staff work: operate the shop terminal (intake, seal steps) and engrave.</summary>
    public static bool IsEligible(StaffState state) => state == StaffState.Accepted;

    /// <summary>
    /// Whether the shop user linked to <paramref name="staff"/> (null: the account has no staff record) may take intakes
    /// and work seals of shop <paramref name="shopId"/>: <c>Staff.NotEligible</c>, its message naming why, otherwise null.
    /// </summary>
    public static CodeError? CheckOperator(ShopStaff? staff, long shopId)
    {
        var reason = staff is null || staff.ShopId != shopId ? "Staff.NotEligible.NotLinked"
            : IsEligible(staff.State) ? null
            : "Staff.NotEligible." + staff.State;
        return reason is null ? null : new CodeError(NotEligibleCode, Messages.Get(reason));
    }
}
