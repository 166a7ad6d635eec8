using Microsoft.EntityFrameworkCore.ChangeTracking;
using SealGuard.Web.Data;

namespace SealGuard.Web.Features.Reports;

/// <summary>Moves the dashboard's seal counters by what a unit of work (or a bulk batch) wrote, in its transaction.</summary>
public sealed class SealCountsParticipant(SealGuardDbContext db) : IChangeParticipant
{
    public const int RunsAt = 100;

    public int Order => RunsAt;

    public void Saving(IReadOnlyList<EntityEntry> pending)
    {
        // The counters read what was saved; nothing to change before.
    }

    public Task BeforeCommitAsync(ChangeSet changes, CancellationToken cancellationToken) =>
        SealCountChanges.From(changes).ApplyAsync(db, cancellationToken);

    public Task BeforeBulkCommitAsync(BulkBatch batch, CancellationToken cancellationToken) =>
        SealCountChanges.From(batch).ApplyAsync(db, cancellationToken);

    public void Abandoned()
    {
        // Nothing is collected between saves: the counts come from the change set.
    }
}

public static class ReportsServices
{
    /// <summary>The seal counters' place in the change pipeline.</summary>
    public static IServiceCollection AddSealCounters(this IServiceCollection services) =>
        services.AddScoped<IChangeParticipant, SealCountsParticipant>();
}
