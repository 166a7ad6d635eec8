using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Alerts;
using SealGuard.Core.Filings;

namespace SealGuard.Web.Features.Alerts.Rules;

/// <summary>
/// Rule 2: a seal engraved but its imprint (印模) still missing after <c>Hours</c> (default 24), so its filing is not
/// complete. Incremental: each run reads the seals engraved between the last run's cutoff and this one's, on the partial
/// index of the seals awaiting delivery (<c>ix_seals_awaiting_delivery_engraved_at</c>).
/// </summary>
public sealed class ImprintOverdueRule : IScheduledAlertRule
{
    private const int Batch = 1000;

    public string Rule => "ImprintOverdue";

    public AlertSeverity Severity => AlertSeverity.Medium;

    public IReadOnlyList<AlertSetting> Settings { get; } = [new("Hours", 24, 1, 24 * 30)];

    public async Task RunAsync(ScheduledAlertRun run, CancellationToken cancellationToken)
    {
        var hours = (await run.Context.SettingsAsync(cancellationToken))["Hours"];
        var cutoff = run.Context.Now.AddHours(-hours);
        var from = run.Since;
        var after = (At: from, Id: 0L);
        while (true)
        {
            var (at, id) = after;
            var rows = await run.Db.Seals.AsNoTracking()
                .Where(s => s.Flow == FlowState.Engraved && s.EngravedAt > from && s.EngravedAt <= cutoff
                    && (s.EngravedAt > at || (s.EngravedAt == at && s.Id > id)))
                .Where(s => s.Life == LifeState.InUse && s.Imprint == null)
                .OrderBy(s => s.EngravedAt).ThenBy(s => s.Id)
                .Select(s => new { s.Id, s.SealCode, s.DivisionCode, s.OrganizationName, EngravedAt = s.EngravedAt!.Value, s.ShopId })
                .Take(Batch)
                .ToListAsync(cancellationToken);
            run.Raised += await run.Context.RaiseAsync(
                [.. rows.Select(s => new AlertDraft(AlertSubjectKind.Seal, s.SealCode, s.OrganizationName, s.SealCode, s.DivisionCode,
                    new Dictionary<string, object?> { ["engravedAt"] = s.EngravedAt, ["hours"] = hours, ["shopId"] = s.ShopId }))],
                cancellationToken);
            if (rows.Count < Batch)
            {
                break;
            }

            after = (rows[^1].EngravedAt, rows[^1].Id);
        }

        run.ReadUntil(cutoff);
    }
}
