using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Alerts;
using SealGuard.Core.Filings;
using SealGuard.Web.Data;

namespace SealGuard.Web.Features.Alerts.Rules;

/// <summary>
/// Rule 9: a lost-seal replacement (遗失补刻) written without the newspaper notice (登报声明) on its filing. Intake
/// refuses such a filing (<see cref="RequiredMaterials"/>) and engraving refuses such a seal (<see cref="NewspaperNoticeRule"/>),
/// so through the shop's own steps it cannot happen; the rule watches every other way a seal is written: the bulk
/// loader and imports (legacy data, the exchange), any unit of work that adds a seal without the intake handler. It
/// runs on what was written, in its transaction: one open alert per seal.
/// </summary>
public sealed class LostWithoutNoticeRule(SealGuardDbContext db) : IEventAlertRule
{
    public string Rule => "LostWithoutNotice";

    public AlertSeverity Severity => AlertSeverity.High;

    public async Task EvaluateAsync(ChangeSet changes, AlertRuleContext context, CancellationToken cancellationToken)
    {
        var lost = changes.Of<Seal>().Where(c => c.State == EntityState.Added).Select(c => (Seal)c.Entity).Where(s => s.Reason == EngravingReason.LostReplacement).ToList();
        if (lost.Count == 0)
        {
            return;
        }

        // Read back from the database (the change's own rows included): the notice may have come in another save.
        var filingIds = lost.Select(s => s.FilingId).Distinct().ToList();
        var withNotice = await db.FilingDocuments.AsNoTracking()
            .Where(d => filingIds.Contains(d.FilingId) && d.Kind == DocumentKind.NewspaperNotice)
            .Select(d => d.FilingId).Distinct().ToListAsync(cancellationToken);
        await context.RaiseAsync(
            [.. lost.Where(s => !withNotice.Contains(s.FilingId)).Select(s => Draft(s.SealCode, s.OrganizationName, s.DivisionCode, s.AcceptedAt))],
            cancellationToken);
    }

    public Task EvaluateBulkAsync(BulkBatch batch, AlertRuleContext context, CancellationToken cancellationToken) =>
        context.RaiseAsync(
            [.. batch.Seals.Where(s => s.Reason == EngravingReason.LostReplacement && !s.FilingHasNewspaperNotice).Select(s => Draft(s.SealCode, s.OrganizationName, s.DivisionCode, s.AcceptedAt))],
            cancellationToken);

    private static AlertDraft Draft(string sealCode, string organizationName, string divisionCode, DateTime acceptedAt) =>
        new(AlertSubjectKind.Seal, sealCode, organizationName, sealCode, divisionCode, new Dictionary<string, object?> { ["acceptedAt"] = acceptedAt });
}
