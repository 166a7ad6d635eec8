using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using SealGuard.Core.Exchange;

namespace SealGuard.Web.Data;

/// <summary>
/// Moves <see cref="IFerried.Version"/> of every ferried row that the next save changes. The unit of work calls it
/// once, before its final save, so a row changed by several transitions in one unit goes up by exactly one.
/// </summary>
public static class VersionStamp
{
    public static void Bump(ChangeTracker changes)
    {
        foreach (var entry in changes.Entries<IFerried>())
        {
            if (entry.State == EntityState.Modified || (entry.State == EntityState.Unchanged && OwnedPartChanged(entry)))
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
