using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Alerts;
using SealGuard.Core.Filings;
using SealGuard.Web.Data;

namespace SealGuard.Web.Features.Alerts.Rules;

/// <summary>
/// Rule 6: one person, by the blind index of the ID number, agent (经办人) of intakes for at least <c>Organizations</c>
/// (default 5) different organizations within <c>Days</c> (default 30). Counted on the filings' agent index
/// (<c>ix_filings_agent_id_number_index</c>) when an intake is written, in its transaction. Intakes by one agent take
/// turns from the count to their commit, so of parallel intakes the later ones count the earlier ones and none is missed.
/// The subject is the person's blind index (no name, no number); one open alert per person.
/// </summary>
public sealed class AgentForManyOrganizationsRule(SealGuardDbContext db) : IEventAlertRule
{
    public const string OrganizationsKey = "Organizations";
    public const string DaysKey = "Days";

    public string Rule => "AgentForManyOrganizations";

    public AlertSeverity Severity => AlertSeverity.Medium;

    public IReadOnlyList<AlertSetting> Settings { get; } = [new(OrganizationsKey, 5, 2, 100), new(DaysKey, 30, 1, 366)];

    public async Task EvaluateAsync(ChangeSet changes, AlertRuleContext context, CancellationToken cancellationToken)
    {
        var intakes = changes.Of<Filing>().Where(c => c.State == EntityState.Added).Select(c => (Filing)c.Entity).ToList();
        if (intakes.Count == 0)
        {
            return;
        }

        // Switched off, the rule takes no lock and counts nothing.
        var settings = await context.SettingsAsync(cancellationToken);
        if (!settings.Enabled)
        {
            return;
        }

        var (threshold, days) = (settings[OrganizationsKey], settings[DaysKey]);
        var since = context.Now.AddDays(-days);
        var drafts = new List<AlertDraft>();
        foreach (var agent in intakes.GroupBy(f => f.Agent.IdNumberIndex, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            await db.Dialect.LockTransactionAsync(db.Database, LockKey(agent.Key), cancellationToken);
            var index = agent.Key;
            var organizations = await db.Filings.AsNoTracking().Where(f => f.Agent.IdNumberIndex == index && f.AcceptedAt >= since)
                .Select(f => f.OrganizationId).Distinct().CountAsync(cancellationToken);
            if (organizations < threshold)
            {
                continue;
            }

            var latest = agent.Last();
            var shopCode = await db.Shops.AsNoTracking().Where(s => s.Id == latest.ShopId).Select(s => s.ShopCode).SingleAsync(cancellationToken);
            drafts.Add(new AlertDraft(AlertSubjectKind.Person, index, null, index, latest.OrganizationDivisionCode, new Dictionary<string, object?>
            {
                ["organizations"] = organizations,
                ["days"] = days,
                ["filingNumber"] = latest.FilingNumber,
                ["shopCode"] = shopCode,
            }));
        }

        await context.RaiseAsync(drafts, cancellationToken);
    }

    /// <summary>The bulk loader writes past intakes (legacy data); the rule watches the agents of the intakes taken now.</summary>
    public Task EvaluateBulkAsync(BulkBatch batch, AlertRuleContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The transaction lock of one agent: the first 8 bytes of a hash of the blind index, apart from other locks by the prefix hashed with it.</summary>
    private static long LockKey(string idNumberIndex) =>
        BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes("AgentForManyOrganizations:" + idNumberIndex)));
}
