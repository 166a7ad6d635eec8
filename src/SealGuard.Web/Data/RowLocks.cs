using Microsoft.EntityFrameworkCore;

namespace SealGuard.Web.Data;

/// <summary>
/// Row locks inside the caller's transaction, for rules that read several rows and then write (one in-use 公章 per
/// organization): a second writer waits until the first commits and then reads what it wrote
/// (<see cref="DatabaseDialect.LockingSelect"/>).
/// </summary>
public sealed class RowLocks(SealGuardDbContext db)
{
    /// <summary>Locks the organization with this credit code, if there is one, and returns its id.</summary>
    public Task<long?> LockOrganizationAsync(string creditCode, CancellationToken cancellationToken) =>
        LockAsync("SELECT id AS \"Value\" FROM organizations WHERE credit_code = {0}", creditCode, cancellationToken);

    public Task<long?> LockOrganizationAsync(long organizationId, CancellationToken cancellationToken) =>
        LockAsync("SELECT id AS \"Value\" FROM organizations WHERE id = {0}", organizationId, cancellationToken);

    /// <summary>Locks a filing, so two clerks taking a step for all its seals at once take it one after the other.</summary>
    public Task<long?> LockFilingAsync(long filingId, CancellationToken cancellationToken) =>
        LockAsync("SELECT id AS \"Value\" FROM filings WHERE id = {0}", filingId, cancellationToken);

    /// <summary>Locks a shop for a change of its standing (state, 停业整顿): its intakes and seal work in flight finish first.</summary>
    public Task<long?> LockShopAsync(long shopId, CancellationToken cancellationToken) =>
        LockAsync("SELECT id AS \"Value\" FROM shops WHERE id = {0}", shopId, cancellationToken);

    /// <summary>
    /// The shop's state as set, share-locked: intakes and seal work of one shop go on together, while a change of its
    /// standing (<see cref="LockShopAsync"/>) waits for them, and those that come after it read the new state.
    /// </summary>
    public async Task<string?> ShareShopStateAsync(long shopId, CancellationToken cancellationToken)
    {
        RequireTransaction();
        var states = await db.Database.SqlQueryRaw<string>(db.Dialect.SharedLockingSelect("SELECT state AS \"Value\" FROM shops WHERE id = {0}"), shopId).ToListAsync(cancellationToken);
        return states.Count == 0 ? null : states[0];
    }

    private void RequireTransaction()
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Row locks are taken inside a unit of work.");
        }
    }

    private async Task<long?> LockAsync(string select, object key, CancellationToken cancellationToken)
    {
        RequireTransaction();
        var ids = await db.Database.SqlQueryRaw<long>(db.Dialect.LockingSelect(select), key).ToListAsync(cancellationToken);
        return ids.Count == 0 ? null : ids[0];
    }
}
