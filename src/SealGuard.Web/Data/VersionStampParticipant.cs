using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using SealGuard.Core.Exchange;

namespace SealGuard.Web.Data;

/// <summary>
/// Moves <see cref="IFerried.Version"/> of every ferried row that a unit of work changes, by exactly one per unit: a
/// change participant that stamps before each save and remembers what it stamped, so a row changed by several
/// transitions, or saved again mid-work, still goes up by one.
/// </summary>
public sealed class VersionStampParticipant : IChangeParticipant
{
    private readonly HashSet<object> _stamped = new(ReferenceEqualityComparer.Instance);

    /// <summary>First: the stamp is part of the row every later participant sees.</summary>
    public int Order => 10;

    public void Saving(IReadOnlyList<EntityEntry> pending)
    {
        if (pending.Count > 0)
        {
            Bump(pending[0].Context.ChangeTracker, _stamped);
        }
    }

    public Task BeforeCommitAsync(ChangeSet changes, CancellationToken cancellationToken)
    {
        _stamped.Clear();
        return Task.CompletedTask;
    }

    public Task BeforeBulkCommitAsync(BulkBatch batch, CancellationToken cancellationToken) => Task.CompletedTask;

    public void Abandoned() => _stamped.Clear();

    private static void Bump(ChangeTracker changes, HashSet<object> stamped)
    {
        foreach (var entry in changes.Entries<IFerried>())
        {
            if ((entry.State == EntityState.Modified || (entry.State == EntityState.Unchanged && OwnedPartChanged(entry))) && stamped.Add(entry.Entity))
            {
                // From the loaded value, so stamping twice before one save still adds one.
                var version = entry.Property<long>(nameof(IFerried.Version));
                version.CurrentValue = version.OriginalValue + 1;
            }
        }
    }

    /// <summary>An owned part (the imprint, a person) lives in the owner's row: changing it changes the row.</summary>
    private static bool OwnedPartChanged(EntityEntry entry) =>
        entry.References.Any(r => r.Metadata is INavigation { ForeignKey.IsOwnership: true, IsOnDependent: false }
            && r.TargetEntry?.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);
}
