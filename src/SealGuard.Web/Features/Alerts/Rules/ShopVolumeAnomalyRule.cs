using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core;
using SealGuard.Core.Alerts;
using SealGuard.Core.Shops;

namespace SealGuard.Web.Features.Alerts.Rules;

/// <summary>
/// Rule 7: a shop's weekly seal volume (seals accepted in a China week, Monday to Sunday) beyond <c>Deviations</c>
/// (default 3) standard deviations of its previous <c>Weeks</c> (default 8) weeks, either way (<see cref="VolumeBaseline"/>).
/// Evaluated once per completed week: the watermark is the end of the last week evaluated, the first run evaluates the
/// last completed week only. Each week read is one GROUP BY shop over that week's seals, a range of the
/// <c>(accepted_at, id)</c> index; only shops in business are judged, and only on weeks that began after the shop was
/// filed (a new shop has too little history until it has <c>Weeks</c> of its own).
/// </summary>
public sealed class ShopVolumeAnomalyRule : IScheduledAlertRule
{
    /// <summary>How many missed weeks a run catches up at most (a rule switched off for years does not read years).</summary>
    private const int MaxWeeksPerRun = 52;

    private static readonly TimeSpan Week = TimeSpan.FromDays(7);

    public string Rule => "ShopVolumeAnomaly";

    public AlertSeverity Severity => AlertSeverity.Medium;

    public IReadOnlyList<AlertSetting> Settings { get; } = [new("Deviations", 3, 1, 10), new("Weeks", 8, 2, 52)];

    public async Task RunAsync(ScheduledAlertRun run, CancellationToken cancellationToken)
    {
        var settings = await run.Context.SettingsAsync(cancellationToken);
        var (deviations, weeks) = (settings["Deviations"], settings["Weeks"]);
        var until = ChinaTime.WeekStartUtc(run.Context.Now);
        var earliest = until - (MaxWeeksPerRun * Week);
        var from = run.Since == DateTime.MinValue ? until - Week : run.Since < earliest ? earliest : run.Since;
        if (from >= until)
        {
            return;
        }

        var shops = await run.Db.Shops.AsNoTracking().Where(s => s.State == ShopState.Normal)
            .Select(s => new { s.Id, s.ShopCode, s.Name, s.DivisionCode, s.FiledAt })
            .ToListAsync(cancellationToken);
        var counts = new Dictionary<DateTime, Dictionary<long, int>>();
        for (var week = from - (weeks * Week); week < until; week += Week)
        {
            var end = week + Week;
            counts[week] = await run.Db.Seals.AsNoTracking()
                .Where(s => s.AcceptedAt >= week && s.AcceptedAt < end)
                .GroupBy(s => s.ShopId)
                .Select(g => new { ShopId = g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.ShopId, g => g.Count, cancellationToken);
        }

        var drafts = new List<AlertDraft>();
        for (var week = from; week < until; week += Week)
        {
            foreach (var shop in shops)
            {
                var baseline = Enumerable.Range(1, weeks).Select(back => week - (back * Week))
                    .Where(start => start >= shop.FiledAt)
                    .Select(start => (long)counts[start].GetValueOrDefault(shop.Id))
                    .ToList();
                var count = counts[week].GetValueOrDefault(shop.Id);
                if (VolumeBaseline.Judge(count, baseline, weeks, deviations) is { Deviation: not VolumeDeviation.Within } verdict)
                {
                    var monday = ChinaTime.DateOf(week).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    drafts.Add(new AlertDraft(AlertSubjectKind.Shop, shop.ShopCode, shop.Name, shop.ShopCode + ":" + monday, shop.DivisionCode,
                        new Dictionary<string, object?>
                        {
                            ["week"] = monday,
                            ["seals"] = count,
                            ["mean"] = Math.Round(verdict.Mean, 1),
                            ["standardDeviation"] = Math.Round(verdict.StandardDeviation, 1),
                            ["lowerLimit"] = Math.Round(Math.Max(verdict.Lower, 0), 1),
                            ["upperLimit"] = Math.Round(verdict.Upper, 1),
                            ["weeks"] = weeks,
                            ["deviations"] = deviations,
                        }));
                }
            }
        }

        run.Raised += await run.Context.RaiseAsync(drafts, cancellationToken);
        run.ReadUntil(until);
    }
}
