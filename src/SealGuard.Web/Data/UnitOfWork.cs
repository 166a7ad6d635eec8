using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Data;

/// <summary>
/// Every change goes through here: one transaction that saves the change and then runs the change participants
/// (<see cref="IChangeParticipant"/>: audit, seal counters, …) in their declared order on what it saved, before commit.
/// A refused or failed piece of work leaves nothing behind, except what it asked to <see cref="Survive{TService}"/>.
/// </summary>
public sealed class UnitOfWork
{
    private readonly SealGuardDbContext _db;
    private readonly IChangeParticipant[] _participants;
    private readonly IServiceScopeFactory _scopes;
    private readonly List<Func<IServiceProvider, CancellationToken, Task>> _survivors = [];
    private readonly List<Func<CancellationToken, Task>> _afterCommit = [];

    // The open unit's log; while it is set, every save of the DbContext is recorded in it (a bulk unit refuses saves).
    private ChangeSet? _changes;
    private bool _bulk;
    private List<PendingChange>? _saving;

    public UnitOfWork(SealGuardDbContext db, IEnumerable<IChangeParticipant> participants, IServiceScopeFactory scopes)
    {
        _db = db;
        _scopes = scopes;
        _participants = participants.OrderBy(p => p.Order).ToArray();
        for (var i = 1; i < _participants.Length; i++)
        {
            if (_participants[i].Order == _participants[i - 1].Order)
            {
                throw new InvalidOperationException(
                    $"Change participants {_participants[i - 1].GetType().Name} and {_participants[i].GetType().Name} both declare order {_participants[i].Order}.");
            }
        }
    }

    /// <param name="work">The change; it returns a failure to refuse, which rolls everything back. It may save mid-work
    /// (to learn generated keys): every save inside the unit is part of the change the participants see.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<Outcome<T>> ExecuteAsync<T>(Func<CancellationToken, Task<Outcome<T>>> work, CancellationToken cancellationToken)
    {
        Outcome<T> outcome;
        await using (var transaction = await _db.Database.BeginTransactionAsync(cancellationToken))
        {
            try
            {
                var changes = new ChangeSet();
                Listen(changes, bulk: false);
                try
                {
                    outcome = await work(cancellationToken);
                    if (outcome.IsSuccess)
                    {
                        await _db.SaveChangesAsync(cancellationToken);
                    }
                }
                finally
                {
                    StopListening();
                }

                if (outcome.IsSuccess)
                {
                    foreach (var participant in _participants)
                    {
                        await participant.BeforeCommitAsync(changes, cancellationToken);
                    }

                    await transaction.CommitAsync(cancellationToken);
                }
                else
                {
                    await AbandonAsync(transaction, cancellationToken);
                }
            }
            catch (DbUpdateException exception) when (DbConflicts.IsConflict(exception))
            {
                // Someone else changed the same record (a concurrency token, or a unique key raced); nothing was written.
                await AbandonAsync(transaction, cancellationToken);
                outcome = Failure.Rule("Conflict.ConcurrentChange");
            }
            catch
            {
                Abandon();
                _survivors.Clear();
                _afterCommit.Clear();
                throw;
            }
        }

        var afterCommit = _afterCommit.ToList();
        _afterCommit.Clear();
        await RunSurvivorsAsync();
        if (outcome.IsSuccess)
        {
            foreach (var next in afterCommit)
            {
                await next(CancellationToken.None);
            }
        }

        return outcome;
    }

    /// <summary>
    /// Work outside the database that only a committed change allows, such as deleting blobs the change stopped referring
    /// to: it runs once the transaction has committed, outside it, and not at all when the unit is refused, conflicts or
    /// fails. Its exceptions reach the caller of <see cref="ExecuteAsync{T}"/>, so such work catches what it can survive.
    /// </summary>
    public void AfterCommit(Func<CancellationToken, Task> work)
    {
        if (_changes is null || _bulk)
        {
            throw new InvalidOperationException("AfterCommit is called from the work of an open unit of work.");
        }

        _afterCommit.Add(work);
    }

    /// <summary>
    /// Records, in a small unit of work of its own (its own scope, DbContext and transaction, the same participants, so
    /// its audit entries join the chain), what must stay when this unit is refused: a failed sign-in that counts towards
    /// lockout, an alert on a refused change. It runs once, after this unit's transaction has ended (committed, refused
    /// or in conflict; not after an exception), and is not cancelled by the caller going away.
    /// </summary>
    /// <typeparam name="TService">Resolved in the new scope; <paramref name="record"/> writes through it.</typeparam>
    public void Survive<TService>(Func<TService, CancellationToken, Task> record)
        where TService : notnull
    {
        if (_changes is null || _bulk)
        {
            throw new InvalidOperationException("Survive is called from the work of an open unit of work.");
        }

        _survivors.Add((services, ct) => record(services.GetRequiredService<TService>(), ct));
    }

    /// <summary>
    /// The bulk loader's batch: <paramref name="write"/> writes rows around EF and names them in the <see cref="BulkBatch"/>;
    /// the participants then do for the batch what they do for a change, in the same transaction. An exception rolls it all back.
    /// </summary>
    public async Task<T> ExecuteBulkAsync<T>(Func<BulkBatch, CancellationToken, Task<T>> write, CancellationToken cancellationToken)
    {
        await using var transaction = await _db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var batch = new BulkBatch();
            Listen(new ChangeSet(), bulk: true);
            T result;
            try
            {
                result = await write(batch, cancellationToken);
            }
            finally
            {
                StopListening();
            }

            foreach (var participant in _participants)
            {
                await participant.BeforeBulkCommitAsync(batch, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        catch
        {
            Abandon();
            throw;
        }
    }

    private async Task AbandonAsync(IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        await transaction.RollbackAsync(cancellationToken);
        Abandon();
    }

    private void Abandon()
    {
        foreach (var participant in _participants)
        {
            participant.Abandoned();
        }

        _db.ChangeTracker.Clear();
    }

    private async Task RunSurvivorsAsync()
    {
        if (_survivors.Count == 0)
        {
            return;
        }

        var survivors = _survivors.ToList();
        _survivors.Clear();
        await using var scope = _scopes.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<UnitOfWork>().ExecuteAsync<bool>(async ct =>
        {
            foreach (var record in survivors)
            {
                await record(scope.ServiceProvider, ct);
            }

            return true;
        }, CancellationToken.None);
        if (outcome.Failure is { } failure)
        {
            throw new InvalidOperationException($"What had to survive the unit of work was not written: {failure.Code}.");
        }
    }

    private void Listen(ChangeSet changes, bool bulk)
    {
        _changes = changes;
        _bulk = bulk;
        _db.SavingChanges += OnSaving;
        _db.SavedChanges += OnSaved;
        _db.SaveChangesFailed += OnSaveFailed;
    }

    private void StopListening()
    {
        _db.SavingChanges -= OnSaving;
        _db.SavedChanges -= OnSaved;
        _db.SaveChangesFailed -= OnSaveFailed;
        _changes = null;
        _saving = null;
    }

    private void OnSaving(object? sender, SavingChangesEventArgs e)
    {
        if (_bulk)
        {
            throw new InvalidOperationException("A bulk unit writes around EF; save entities through ExecuteAsync.");
        }

        // What EF is about to write, as it will see it: before the save, states and original values are still known.
        if (_db.ChangeTracker.AutoDetectChangesEnabled)
        {
            _db.ChangeTracker.DetectChanges();
        }

        var pending = Pending();
        foreach (var participant in _participants)
        {
            participant.Saving(pending);
        }

        if (_db.ChangeTracker.AutoDetectChangesEnabled)
        {
            _db.ChangeTracker.DetectChanges();
        }

        _saving = Pending()
            .Select(entry => new PendingChange(
                entry,
                entry.State,
                entry.State == EntityState.Added ? null : entry.OriginalValues.Clone(),
                entry.State == EntityState.Deleted ? entry.CurrentValues.Clone() : null,
                entry.Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name).ToHashSet(StringComparer.Ordinal)))
            .ToList();
    }

    private List<EntityEntry> Pending() =>
        _db.ChangeTracker.Entries().Where(entry => entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();

    private void OnSaved(object? sender, SavedChangesEventArgs e)
    {
        foreach (var pending in _saving ?? [])
        {
            _changes!.Add(new EntityChange(pending.Entry.Entity, pending.State, pending.Original, pending.Removed ?? pending.Entry.CurrentValues.Clone(), pending.Modified));
        }

        _saving = null;
    }

    private void OnSaveFailed(object? sender, SaveChangesFailedEventArgs e) => _saving = null;

    private sealed record PendingChange(EntityEntry Entry, EntityState State, PropertyValues? Original, PropertyValues? Removed, HashSet<string> Modified);
}
