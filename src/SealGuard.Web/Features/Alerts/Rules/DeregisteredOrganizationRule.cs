using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Alerts;
using SealGuard.Core.Filings;
using SealGuard.Core.Organizations;
using SealGuard.Web.Data;

namespace SealGuard.Web.Features.Alerts.Rules;

/// <summary>
/// Rule 5: seal work (intake, engraving, imprint, delivery, a loss report, a resubmission) for an organization marked
/// deregistered (注销). Surrender and scrapping are what such an organization's seals should come to, and the police
/// review is no seal work, so those stay silent. Read from the step's seal events, in its transaction; one open alert
/// per organization.
/// </summary>
public sealed class DeregisteredOrganizationRule(SealGuardDbContext db) : IEventAlertRule
{
    private static readonly SealAction[] SealWork =
        [SealAction.Accepted, SealAction.Engraved, SealAction.ImprintUploaded, SealAction.Delivered, SealAction.ReportedLost, SealAction.Resubmitted];

    public string Rule => "DeregisteredOrganization";

    public AlertSeverity Severity => AlertSeverity.High;

    public async Task EvaluateAsync(ChangeSet changes, AlertRuleContext context, CancellationToken cancellationToken)
    {
        var sealIds = changes.Of<SealEvent>().Where(c => c.State == EntityState.Added).Select(c => (SealEvent)c.Entity)
            .Where(e => SealWork.Contains(e.Action)).Select(e => e.SealId).Distinct().ToList();
        if (sealIds.Count == 0)
        {
            return;
        }

        var worked = await (from s in db.Seals.AsNoTracking()
                            join o in db.Organizations.AsNoTracking() on s.OrganizationId equals o.Id
                            join shop in db.Shops.AsNoTracking() on s.ShopId equals shop.Id
                            where sealIds.Contains(s.Id) && o.State == OrganizationState.Deregistered
                            orderby s.Id
                            select new { o.CreditCode, o.Name, o.DivisionCode, s.SealCode, shop.ShopCode }).ToListAsync(cancellationToken);
        await context.RaiseAsync(
            [.. worked.Select(w => new AlertDraft(AlertSubjectKind.Organization, w.CreditCode, w.Name, w.CreditCode, w.DivisionCode,
                new Dictionary<string, object?> { ["sealCode"] = w.SealCode, ["shopCode"] = w.ShopCode, ["workedAt"] = context.Now }))],
            cancellationToken);
    }

    /// <summary>The bulk loader writes past seal work (legacy data), from before any deregistration it could be measured against.</summary>
    public Task EvaluateBulkAsync(BulkBatch batch, AlertRuleContext context, CancellationToken cancellationToken) => Task.CompletedTask;
}
