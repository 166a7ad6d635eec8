namespace SealGuard.Web.Infrastructure.Blobs;

/// <summary>
/// A feature's records that point at blobs. The blob store is content-addressed and keeps no count, so before a blob is
/// deleted every registered <see cref="IBlobReferences"/> is asked whether it still needs it: a feature that stores blobs
/// registers one (scoped) in its module.
/// </summary>
public interface IBlobReferences
{
    /// <summary>Which of <paramref name="candidates"/> (SHA-256 ids) a record of this feature still refers to.</summary>
    Task<IReadOnlyCollection<string>> InUseAsync(IReadOnlyCollection<string> candidates, CancellationToken cancellationToken);
}
