using Microsoft.EntityFrameworkCore;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Identity;

namespace SealGuard.Web.Features.Audit;

/// <summary>
/// Collects the audit entries of one unit of work and appends them to the chain inside its transaction, so a
/// change and its audit record commit or roll back together.
/// </summary>
public sealed class AuditTrail(SealGuardDbContext db, TimeProvider clock)
{
    // Any constant works; it only has to be the same for every writer of the chain.
    private const long ChainLockKey = 0x5EA1_A0D1;

    private readonly List<PendingEntry> _pending = [];

    public void Record(Actor actor, string action, string entityType, Func<string> entityKey, string? purpose = null, string? detail = null) =>
        _pending.Add(new PendingEntry(actor, action, entityType, entityKey, purpose, detail));

    public void Record(Actor actor, string action, string entityType, string entityKey, string? purpose = null, string? detail = null) =>
        Record(actor, action, entityType, () => entityKey, purpose, detail);

    internal void Discard() => _pending.Clear();

    /// <summary>Runs after the change itself was saved (so generated keys are known) and before commit.</summary>
    internal async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_pending.Count == 0)
        {
            return;
        }

        await LockChainAsync(cancellationToken);
        var last = await db.AuditEntries.AsNoTracking()
            .OrderByDescending(a => a.Id)
            .Select(a => new { a.Id, a.Hash })
            .FirstOrDefaultAsync(cancellationToken);
        var id = last?.Id ?? 0;
        var previous = last?.Hash ?? AuditChain.Genesis;
        var now = AuditChain.TruncateToMicroseconds(clock.GetUtcNow().UtcDateTime);

        foreach (var pending in _pending)
        {
            var entry = new AuditEntry
            {
                Id = ++id,
                OccurredAt = now,
                ActorUserId = pending.Actor.UserId == 0 ? null : pending.Actor.UserId,
                ActorName = pending.Actor.UserName,
                ActorRole = pending.Actor.Role.ToString(),
                ClientAddress = pending.Actor.ClientAddress,
                Action = pending.Action,
                EntityType = pending.EntityType,
                EntityKey = pending.EntityKey(),
                Purpose = pending.Purpose,
                Detail = pending.Detail,
                PreviousHash = previous,
            };
            entry.Hash = AuditChain.ComputeHash(entry);
            previous = entry.Hash;
            db.AuditEntries.Add(entry);
        }

        _pending.Clear();
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task LockChainAsync(CancellationToken cancellationToken)
    {
        // SQLite transactions here are BEGIN IMMEDIATE, which already serialises writers; PostgreSQL needs an explicit lock.
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ChainLockKey})", cancellationToken);
        }
    }

    private sealed record PendingEntry(Actor Actor, string Action, string EntityType, Func<string> EntityKey, string? Purpose, string? Detail);
}
