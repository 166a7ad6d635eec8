using Microsoft.EntityFrameworkCore.ChangeTracking;
using SealGuard.Web.Data;

namespace SealGuard.Web.Features.Audit;

/// <summary>
/// Appends what the unit recorded (<see cref="AuditTrail.Record(Identity.Actor, string, string, string, string?, string?, string?)"/>)
/// to the chain, after the change was saved (generated keys are known) and before commit. It runs last: the chain lock
/// serialises every writer, so it is held for as short a time as possible.
/// </summary>
public sealed class AuditParticipant(AuditTrail audit) : IChangeParticipant
{
    public const int RunsAt = 1000;

    public int Order => RunsAt;

    public void Saving(IReadOnlyList<EntityEntry> pending)
    {
        // Audit entries are written before commit, not with each save.
    }

    public Task BeforeCommitAsync(ChangeSet changes, CancellationToken cancellationToken) => audit.FlushAsync(cancellationToken);

    /// <summary>The loader records one entry per batch; it joins the chain like any other.</summary>
    public Task BeforeBulkCommitAsync(BulkBatch batch, CancellationToken cancellationToken) => audit.FlushAsync(cancellationToken);

    public void Abandoned() => audit.Discard();
}

public static class AuditServices
{
    /// <summary>The audit trail of each unit of work, and its place in the change pipeline.</summary>
    public static IServiceCollection AddAuditTrail(this IServiceCollection services) =>
        services.AddScoped<AuditTrail>().AddScoped<IChangeParticipant, AuditParticipant>();
}
