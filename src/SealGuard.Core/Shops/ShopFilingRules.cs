using SealGuard.Core.Codes;
using SealGuard.Core.Filings;

namespace SealGuard.Core.Shops;

/// <summary>刻章业备案 version states: the shop drafts and submits, the police accept or return it.</summary>
public enum ShopFilingState
{
    Draft = 1,
    Submitted = 2,
    Accepted = 3,
    Returned = 4,
}

/// <summary>Which image of a shop filing: the business licence (营业执照) or the floor plan marking the security facilities.</summary>
public enum ShopFilingImageKind
{
    Licence = 1,
    FloorPlan = 2,
}

/// <summary>
/// The one home of the shop filing's rules (《印铸刻字业暂行管理规则》 art. 3 as revised 2024-12-06): the deadline of
/// 5 days from the business licence's date, and which step each state allows.
/// </summary>
public static class ShopFilingRules
{
    /// <summary>Days after the business licence's date within which the shop files with the county police.</summary>
    public const int DueWithinDays = 5;

    public const int MaxEquipmentItems = 50;

    public const int MaxEquipmentItemLength = 100;

    public const int MaxSecurityRulesLength = 4000;

    public const int MaxReasonLength = 500;

    /// <summary>The last China day on which the filing is in time.</summary>
    public static DateOnly DueOn(DateOnly licenceDate) => licenceDate.AddDays(DueWithinDays);

    /// <summary>Past the deadline on China day <paramref name="today"/> without an accepted filing.</summary>
    public static bool IsOverdue(DateOnly dueOn, DateOnly today, bool accepted) => !accepted && today > dueOn;

    /// <summary>The UTC instant the filing becomes overdue: the start of the China day after <paramref name="dueOn"/>.</summary>
    public static DateTime OverdueFromUtc(DateOnly dueOn) => ChinaTime.StartOfDayUtc(dueOn.AddDays(1));

    /// <summary>The shop may change the version (its draft) only while it is a draft.</summary>
    public static bool IsEditable(ShopFilingState state) => state == ShopFilingState.Draft;

    /// <summary>After a decision the next change is a new version; a submitted one waits for the police.</summary>
    public static CodeError? CheckNewVersion(ShopFilingState? latest) =>
        latest == ShopFilingState.Submitted ? RuleViolation.Of("ShopFiling.AwaitingDecision") : null;

    public static CodeError? CheckSubmit(ShopFilingState state) => state == ShopFilingState.Draft ? null : RuleViolation.Of("ShopFiling.NotDraft");

    public static CodeError? CheckDecision(ShopFilingState state) => state == ShopFilingState.Submitted ? null : RuleViolation.Of("ShopFiling.NotSubmitted");
}
