namespace SealGuard.Web.Infrastructure.Blobs;

/// <summary>
/// Deletes the blobs of a forgotten record that nothing refers to any more. The store is content-addressed and keeps no
/// count (the same bytes may be a filed document, another upload, an imprint or a photo), so every
/// <see cref="IBlobReferences"/> is asked first.
/// </summary>
public sealed class UnreferencedBlobs(IEnumerable<IBlobReferences> references, IBlobStore store)
{
    public async Task DeleteAsync(IEnumerable<string> candidates, CancellationToken cancellationToken)
    {
        var blobs = candidates.ToHashSet(StringComparer.Ordinal);
        foreach (var owner in references)
        {
            if (blobs.Count == 0)
            {
                return;
            }

            blobs.ExceptWith(await owner.InUseAsync(blobs, cancellationToken));
        }

        foreach (var blob in blobs)
        {
            await store.DeleteAsync(blob, cancellationToken);
        }
    }
}
