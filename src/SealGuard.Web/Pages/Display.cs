using System.Globalization;
using SealGuard.Core;
using SealGuard.Core.Filings;
using SealGuard.Core.Inspections;
using SealGuard.Core.Organizations;
using SealGuard.Core.Shops;

namespace SealGuard.Web.Pages;

/// <summary>How values look on every page: China Standard Time dates, grouped seal codes, status tags.</summary>
public static class Display
{
    public static string Date(DateTime? utc) =>
        utc is { } value ? ChinaTime.FromUtc(value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "—";

    public static string DateTime(DateTime? utc) =>
        utc is { } value ? ChinaTime.FromUtc(value).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "—";

    /// <summary>A China calendar day as stored (a decision date, a 停业整顿 period).</summary>
    public static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    /// <summary>An amount in fen as yuan with two decimals, e.g. ¥1,500.00.</summary>
    public static string Yuan(long? cents) => cents is { } value ? "¥" + (value / 100m).ToString("N2", CultureInfo.InvariantCulture) : "—";

    /// <summary>Bootstrap colour of a shop's state: 正常 green, 暂停营业 orange, 已注销 grey.</summary>
    public static string ShopStateColor(ShopState state) => state switch
    {
        ShopState.Normal => "success",
        ShopState.Suspended => "warning",
        _ => "secondary",
    };

    public static string SealCode(string code) => code.Length == 13 ? code[..6] + " " + code[6..] : code;

    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Bootstrap colour of a life-state tag: 在用 green, 挂失 orange, 缴销/报废 grey (the text always says it too).</summary>
    public static string LifeStateColor(LifeState state) => state switch
    {
        LifeState.InUse => "success",
        LifeState.ReportedLost => "warning",
        _ => "secondary",
    };

    /// <summary>Bootstrap colour of a change filing's state: 待审核 orange, 已通过 green, 已退回 grey.</summary>
    public static string ReviewStateColor(SealGuard.Core.Filings.ReviewState state) => state switch
    {
        SealGuard.Core.Filings.ReviewState.Pending => "warning",
        SealGuard.Core.Filings.ReviewState.Checked => "success",
        _ => "danger",
    };

    public static string ChangeStateColor(OrganizationChangeState state) => state switch
    {
        OrganizationChangeState.Pending => "warning",
        OrganizationChangeState.Approved => "success",
        _ => "secondary",
    };

    /// <summary>Bootstrap colour of a staff registration: 待审核 orange, 已退回 red, 已备案 green, 已注销 grey.</summary>
    public static string StaffStateColor(StaffState state) => state switch
    {
        StaffState.Pending => "warning",
        StaffState.Returned => "danger",
        StaffState.Accepted => "success",
        _ => "secondary",
    };

    public static string ShopFilingStateColor(ShopFilingState state) => state switch
    {
        ShopFilingState.Submitted => "warning",
        ShopFilingState.Returned => "danger",
        ShopFilingState.Accepted => "success",
        _ => "secondary",
    };

    /// <summary>Bootstrap colour of an inspection item's result: 合格 green, 不合格 red, 不适用 grey.</summary>
    public static string OutcomeColor(CheckOutcome outcome) => outcome switch
    {
        CheckOutcome.Pass => "success",
        CheckOutcome.Fail => "danger",
        _ => "secondary",
    };

    /// <summary>Bootstrap colour of a rectification: 待整改 orange (逾期 red), 已办结 green, 已提请处罚 red.</summary>
    public static string RectificationStateColor(RectificationState state, bool overdue) => state switch
    {
        RectificationState.Open => overdue ? "danger" : "warning",
        RectificationState.Closed => "success",
        _ => "danger",
    };

    public static string FlowStateColor(FlowState state) => state switch
    {
        FlowState.Delivered => "primary",
        FlowState.Engraved => "info",
        _ => "light",
    };
}
