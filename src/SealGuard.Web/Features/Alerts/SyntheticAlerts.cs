using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Alerts;
using SealGuard.Web.Data;

namespace SealGuard.Web.Features.Alerts;

/// <summary>
/// Made-up alerts for the alerts benchmark (<c>sealguard alerts synthetic</c>, never in Production): spread over the
/// registered rules and the shops' divisions, a tenth open, a tenth assigned and the rest closed, as a list that has run
/// for years looks. Written straight through EF in batches (no change participants: nothing to audit or count), each
/// with a key of its own so none is held back as a duplicate.
/// </summary>
public sealed class SyntheticAlerts(SealGuardDbContext db, IEnumerable<IAlertRule> rules, TimeProvider clock)
{
    private const int Batch = 2000;

    /// <returns>How many alerts were written.</returns>
    public async Task<int> WriteAsync(int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var all = rules.ToList();
        var divisions = await db.Shops.AsNoTracking().Select(s => s.DivisionCode).Distinct().OrderBy(d => d).ToListAsync(cancellationToken);
        var officer = await db.Users.AsNoTracking().OrderBy(u => u.Id).Select(u => (long?)u.Id).FirstOrDefaultAsync(cancellationToken);
        if (divisions.Count == 0 || officer is not { } userId)
        {
            throw new InvalidOperationException("Synthetic alerts need shops (their divisions) and a user (the handling officer): seed the demo city first.");
        }

        var run = Guid.NewGuid().ToString("N")[..8];
        var now = clock.GetUtcNow().UtcDateTime;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var written = 0; written < count;)
        {
            var size = Math.Min(Batch, count - written);
            for (var i = written; i < written + size; i++)
            {
                var rule = all[i % all.Count];
                var key = string.Create(CultureInfo.InvariantCulture, $"synthetic-{run}-{i:D7}");
                // Oldest first, a minute apart, so the ids follow the times as they do for real alerts.
                var createdAt = now.AddMinutes(i - count);
                var alert = new Alert(rule.Rule, rule.Severity, AlertSubjectKind.Shop, key, "合成预警", rule.Rule + ":" + key, divisions[i % divisions.Count], "{}", createdAt);
                switch (i % 10)
                {
                    case 0:
                        break;
                    case 1:
                        alert.Assign(userId, createdAt.AddSeconds(30));
                        break;
                    default:
                        alert.Close(userId, "合成数据，性能测试用", createdAt.AddSeconds(30));
                        break;
                }

                db.Add(alert);
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            written += size;
        }

        return count;
    }
}
