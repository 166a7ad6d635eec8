using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Alerts;
using SealGuard.Core.Filings;
using SealGuard.Web.Data;
using SealGuard.Web.Features.WatchList;

namespace SealGuard.Web.Features.Alerts.Rules;

/// <summary>
/// Rule 4: the agent (经办人) of an intake or the recipient (领取人) of a delivery is on the police watch list. Matched
/// exactly through the blind index of the ID number (<see cref="WatchListRegistry"/>, one index seek for the change);
/// the alert names the seal and its filing, never the person. One open alert per filing and role.
/// </summary>
public sealed class WatchListRule(WatchListRegistry watchList, SealGuardDbContext db) : IEventAlertRule
{
    public string Rule => "WatchList";

    public AlertSeverity Severity => AlertSeverity.High;

    public async Task EvaluateAsync(ChangeSet changes, AlertRuleContext context, CancellationToken cancellationToken)
    {
        var intakes = changes.Of<Filing>().Where(c => c.State == EntityState.Added).Select(c => (Filing)c.Entity).Where(f => f.Seals.Count > 0).ToList();
        var deliveries = changes.Of<Seal>().Where(c => c.State == EntityState.Modified && c.IsModified(nameof(Seal.DeliveredAt)))
            .Select(c => (Seal)c.Entity).Where(s => s.Recipient is not null && s.DeliveredAt is not null).ToList();
        if (intakes.Count == 0 && deliveries.Count == 0)
        {
            return;
        }

        var listed = await watchList.ListedAmongAsync([.. intakes.Select(f => f.Agent.IdNumberIndex), .. deliveries.Select(s => s.Recipient!.IdNumberIndex)], cancellationToken);
        var agents = intakes.Where(f => listed.Contains(f.Agent.IdNumberIndex)).ToList();
        var recipients = deliveries.Where(s => listed.Contains(s.Recipient!.IdNumberIndex)).ToList();
        if (agents.Count == 0 && recipients.Count == 0)
        {
            return;
        }

        var shopIds = agents.Select(f => f.ShopId).Concat(recipients.Select(s => s.ShopId)).Distinct().ToList();
        var shopCodes = await db.Shops.AsNoTracking().Where(s => shopIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.ShopCode, cancellationToken);
        var drafts = agents.Select(f => Draft(f.Seals.OrderBy(s => s.Id).First(), f, "agent", shopCodes[f.ShopId], f.AcceptedAt))
            .Concat(recipients.Select(s => Draft(s, s.Filing, "recipient", shopCodes[s.ShopId], s.DeliveredAt!.Value)))
            .ToList();
        await context.RaiseAsync(drafts, cancellationToken);
    }

    /// <summary>The bulk loader writes past intakes (legacy data); nobody stands at a counter there to be told about.</summary>
    public Task EvaluateBulkAsync(BulkBatch batch, AlertRuleContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    private static AlertDraft Draft(Seal seal, Filing filing, string role, string shopCode, DateTime matchedAt) =>
        new(AlertSubjectKind.Seal, seal.SealCode, seal.OrganizationName, role + ":" + filing.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), seal.DivisionCode,
            new Dictionary<string, object?> { [role + "MatchedAt"] = matchedAt, ["filingNumber"] = filing.FilingNumber, ["shopCode"] = shopCode });
}
