namespace SealGuard.Web.Infrastructure.Blobs;

/// <summary>
/// Content-addressed storage for uploaded files: a blob's id is the lowercase hex SHA-256 of its bytes,
/// so identical uploads are stored once and an id also proves integrity.
/// </summary>
public interface IBlobStore
{
    /// <summary>Stores <paramref name="content"/> and returns its lowercase hex SHA-256; storing the same bytes again is a no-op.</summary>
    Task<string> PutAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>Opens the blob for reading, or returns null when it does not exist.</summary>
    /// <exception cref="ArgumentException"><paramref name="sha256"/> is not 64 lowercase hex characters.</exception>
    Task<Stream?> OpenReadAsync(string sha256, CancellationToken cancellationToken);

    /// <summary>Tells whether the blob exists.</summary>
    /// <exception cref="ArgumentException"><paramref name="sha256"/> is not 64 lowercase hex characters.</exception>
    Task<bool> ExistsAsync(string sha256, CancellationToken cancellationToken);

    /// <summary>
    /// Removes the blob; an absent one is no error. Only for a blob nothing refers to any more: the same bytes are one
    /// blob whoever stored them (see <c>StagedDocumentCleanupJob</c>).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="sha256"/> is not 64 lowercase hex characters.</exception>
    Task DeleteAsync(string sha256, CancellationToken cancellationToken);
}
