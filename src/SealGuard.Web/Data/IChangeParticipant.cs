using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace SealGuard.Web.Data;

/// <summary>
/// Something that happens with every change (the audit chain, the dashboard's seal counters; next the exchange outbox
/// and the synchronous alert rules). The <see cref="UnitOfWork"/> runs every registered participant in
/// <see cref="Order"/>, inside the change's transaction, after the change is saved and before it commits: a participant
/// that throws rolls back the change and what every participant wrote. A refused change runs none.
/// </summary>
public interface IChangeParticipant
{
    /// <summary>Lower runs first; no two participants share an order (registration order means nothing).</summary>
    int Order { get; }

    /// <summary>
    /// Before each save of the unit's work, with the entries about to be written: the one moment to change them
    /// (a version stamp). Most participants do nothing here.
    /// </summary>
    void Saving(IReadOnlyList<EntityEntry> pending);

    /// <summary>What the unit's work saved through EF, every save of it (a handler's mid-work saves included).</summary>
    Task BeforeCommitAsync(ChangeSet changes, CancellationToken cancellationToken);

    /// <summary>The bulk loader's batch, written around EF (<see cref="UnitOfWork.ExecuteBulkAsync{T}"/>): the same duty, for the rows it names.</summary>
    Task BeforeBulkCommitAsync(BulkBatch batch, CancellationToken cancellationToken);

    /// <summary>The unit ended without committing: forget what was collected for it.</summary>
    void Abandoned();
}
