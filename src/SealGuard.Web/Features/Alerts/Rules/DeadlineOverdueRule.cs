using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Alerts;
using SealGuard.Web.Features.Inspections;
using SealGuard.Web.Features.Shops;

namespace SealGuard.Web.Features.Alerts.Rules;

/// <summary>
/// Rule 10: a shop filing (刻章业备案) not accepted past its deadline (5 days from the licence date), and a rectification
/// (整改) still open past its deadline. Each run reads what is overdue now (few rows: shops and open rectifications, not
/// seals) and raises one alert per overdue thing and deadline: the condition names the deadline, and a condition that
/// already had an alert, open or closed, is not raised again; a new deadline (an extended rectification, a re-filing with
/// another licence date) that passes is a new condition.
/// </summary>
public sealed class DeadlineOverdueRule(FindOverdueShopFilingsHandler shopFilings, FindOverdueRectificationsHandler rectifications) : IScheduledAlertRule
{
    public string Rule => "DeadlineOverdue";

    public AlertSeverity Severity => AlertSeverity.Medium;

    public async Task RunAsync(ScheduledAlertRun run, CancellationToken cancellationToken)
    {
        var now = run.Context.Now;
        var drafts = new List<AlertDraft>();
        foreach (var shop in await shopFilings.HandleAsync(now, cancellationToken))
        {
            drafts.Add(new AlertDraft(AlertSubjectKind.Shop, shop.ShopCode, shop.ShopName, "ShopFiling:" + shop.ShopCode + ":" + Day(shop.DueOn), shop.DivisionCode,
                new Dictionary<string, object?> { ["kind"] = "ShopFiling", ["dueOn"] = shop.DueOn, ["shopId"] = shop.ShopId }));
        }

        foreach (var rectification in await rectifications.HandleAsync(now, cancellationToken))
        {
            var id = rectification.Id.ToString(CultureInfo.InvariantCulture);
            drafts.Add(new AlertDraft(AlertSubjectKind.Shop, rectification.ShopCode, rectification.ShopCode, "Rectification:" + id + ":" + Day(rectification.Deadline), rectification.DivisionCode,
                new Dictionary<string, object?> { ["kind"] = "Rectification", ["rectificationId"] = rectification.Id, ["deadline"] = rectification.Deadline, ["shopId"] = rectification.ShopId }));
        }

        var keys = drafts.Select(d => AlertWriter.KeyOf(this, d)).ToList();
        var raisedBefore = await run.Db.Set<Alert>().AsNoTracking().Where(a => a.Rule == Rule && keys.Contains(a.DeduplicationKey)).Select(a => a.DeduplicationKey)
            .ToListAsync(cancellationToken);
        run.Raised += await run.Context.RaiseAsync([.. drafts.Where(d => !raisedBefore.Contains(AlertWriter.KeyOf(this, d)))], cancellationToken);
        run.ReadUntil(now);
    }

    private static string Day(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
