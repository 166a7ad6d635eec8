using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Data;

/// <summary>
/// Every change goes through here: one transaction that saves the change, its seal events and its audit entries
/// (and later the exchange outbox row). A refused or failed piece of work leaves nothing behind.
/// </summary>
public sealed class UnitOfWork(SealGuardDbContext db, AuditTrail audit)
{
    /// <param name="work">The change; it returns a failure to refuse, which rolls everything back.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <param name="commitFailures">Keep what a refused piece of work recorded (a failed sign-in still counts towards lockout).</param>
    public async Task<Outcome<T>> ExecuteAsync<T>(Func<CancellationToken, Task<Outcome<T>>> work, CancellationToken cancellationToken, bool commitFailures = false)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var outcome = await work(cancellationToken);
            if (!outcome.IsSuccess && !commitFailures)
            {
                await AbandonAsync(transaction, cancellationToken);
                return outcome;
            }

            VersionStamp.Bump(db.ChangeTracker);
            await db.SaveChangesAsync(cancellationToken);
            await audit.FlushAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return outcome;
        }
        catch (DbUpdateException)
        {
            // Someone else changed the same record (a concurrency token, or a unique key raced); nothing was written.
            await AbandonAsync(transaction, cancellationToken);
            return Failure.Rule("Conflict.ConcurrentChange");
        }
        catch
        {
            audit.Discard();
            db.ChangeTracker.Clear();
            throw;
        }
    }

    private async Task AbandonAsync(IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        await transaction.RollbackAsync(cancellationToken);
        audit.Discard();
        db.ChangeTracker.Clear();
    }
}
