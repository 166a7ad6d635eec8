using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Alerts;
using SealGuard.Core.Filings;

namespace SealGuard.Web.Features.Alerts.Rules;

/// <summary>
/// Rule 3: a seal ready for delivery (engraved, imprint filed) and not collected for more than <c>Months</c> (default
/// 3) since its imprint was filed. Incremental like <see cref="ImprintOverdueRule"/>, on the partial index of the seals
/// awaiting delivery by imprint time (<c>ix_seals_awaiting_delivery_imprint_uploaded_at</c>).
/// </summary>
public sealed class UncollectedRule : IScheduledAlertRule
{
    private const int Batch = 1000;

    public string Rule => "Uncollected";

    public AlertSeverity Severity => AlertSeverity.Low;

    public IReadOnlyList<AlertSetting> Settings { get; } = [new("Months", 3, 1, 36)];

    public async Task RunAsync(ScheduledAlertRun run, CancellationToken cancellationToken)
    {
        var months = (await run.Context.SettingsAsync(cancellationToken))["Months"];
        var cutoff = run.Context.Now.AddMonths(-months);
        var from = run.Since;
        var after = (At: from, Id: 0L);
        while (true)
        {
            var (at, id) = after;
            var rows = await run.Db.Seals.AsNoTracking()
                .Where(s => s.Flow == FlowState.Engraved && s.Imprint!.UploadedAt > from && s.Imprint.UploadedAt <= cutoff
                    && (s.Imprint.UploadedAt > at || (s.Imprint.UploadedAt == at && s.Id > id)))
                .Where(s => s.Life == LifeState.InUse)
                .OrderBy(s => s.Imprint!.UploadedAt).ThenBy(s => s.Id)
                .Select(s => new { s.Id, s.SealCode, s.DivisionCode, s.OrganizationName, s.Imprint!.UploadedAt, s.ShopId })
                .Take(Batch)
                .ToListAsync(cancellationToken);
            run.Raised += await run.Context.RaiseAsync(
                [.. rows.Select(s => new AlertDraft(AlertSubjectKind.Seal, s.SealCode, s.OrganizationName, s.SealCode, s.DivisionCode,
                    new Dictionary<string, object?> { ["readySince"] = s.UploadedAt, ["months"] = months, ["shopId"] = s.ShopId }))],
                cancellationToken);
            if (rows.Count < Batch)
            {
                break;
            }

            after = (rows[^1].UploadedAt, rows[^1].Id);
        }

        run.ReadUntil(cutoff);
    }
}
