using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using SealGuard.Core.Organizations;
using SealGuard.Web.Data;

namespace SealGuard.Web.Features.Seals;

/// <summary>
/// Keeps <see cref="Core.Filings.Seal.OrganizationName"/> (the name search's copy) in step with the organization: whatever
/// renames an organization through a unit of work renames its seals in the same transaction. The bulk loader writes
/// the copy with the seal, from the same entity.
/// </summary>
public sealed class SealOrganizationNamesParticipant(SealGuardDbContext db) : IChangeParticipant
{
    public int Order => 20;

    public void Saving(IReadOnlyList<EntityEntry> pending)
    {
        // The seals are updated from what was saved.
    }

    public async Task BeforeCommitAsync(ChangeSet changes, CancellationToken cancellationToken)
    {
        var renamed = changes.Of<Organization>()
            .Where(c => c.State == EntityState.Modified && c.IsModified(nameof(Organization.Name)))
            .Select(c => (Id: c.Saved<long>(nameof(Organization.Id)), Name: c.Saved<string>(nameof(Organization.Name))))
            .DistinctBy(r => r.Id);
        foreach (var (id, name) in renamed)
        {
            await db.Seals.Where(s => s.OrganizationId == id).ExecuteUpdateAsync(set => set.SetProperty(s => s.OrganizationName, name), cancellationToken);
        }
    }

    public Task BeforeBulkCommitAsync(BulkBatch batch, CancellationToken cancellationToken) => Task.CompletedTask;

    public void Abandoned()
    {
        // Nothing is collected between saves.
    }
}
