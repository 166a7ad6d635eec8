namespace SealGuard.Web.Features.Audit;

/// <summary>
/// One row of the append-only, hash-chained audit log. <see cref="Id"/> is assigned gap-free under the chain lock
/// and <see cref="Hash"/> (keyed, see <see cref="AuditChain"/>) covers every other field plus <see cref="PreviousHash"/>,
/// so any edit, insertion or deletion breaks the chain from that row on; a deleted tail shows against the checkpoints
/// (<see cref="AuditCheckpoints"/>).
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime OccurredAt { get; set; }
    public long? ActorUserId { get; set; }
    public string ActorName { get; set; } = null!;
    public string? ActorRole { get; set; }
    public string? ClientAddress { get; set; }
    public string Action { get; set; } = null!;
    public string EntityType { get; set; } = null!;
    public string EntityKey { get; set; } = null!;

    /// <summary>The division of what was touched (a seal's, a shop's, a searcher's); null for system-wide entries, which only city-wide admins see.</summary>
    public string? DivisionCode { get; set; }

    public string? Purpose { get; set; }
    public string? Detail { get; set; }
    public string PreviousHash { get; set; } = null!;
    public string Hash { get; set; } = null!;
}
