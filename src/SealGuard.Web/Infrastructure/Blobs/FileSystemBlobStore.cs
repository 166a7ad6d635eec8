using System.Security.Cryptography;

namespace SealGuard.Web.Infrastructure.Blobs;

/// <summary>
/// Stores blobs as files named by their SHA-256 under <c>root/ab/cd/&lt;sha256&gt;</c> (two fan-out levels keep
/// directories small). Writes go to a temporary file in the target directory and are then renamed into place,
/// so a reader never sees a partial blob and concurrent puts of the same content both succeed.
/// </summary>
public sealed class FileSystemBlobStore : IBlobStore
{
    private const int BufferSize = 81920;

    private readonly string _rootDirectory;

    public FileSystemBlobStore(string rootDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootDirectory);
        _rootDirectory = Path.GetFullPath(rootDirectory);
        Directory.CreateDirectory(_rootDirectory);
    }

    public async Task<string> PutAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content.Span));
        var finalPath = GetPath(sha256);
        if (File.Exists(finalPath))
        {
            return sha256;
        }

        var directory = Path.GetDirectoryName(finalPath)!;
        Directory.CreateDirectory(directory);

        // Same directory as the target so the rename stays on one file system and is atomic.
        var tempPath = Path.Combine(directory, $".{sha256}.{Guid.NewGuid():N}.tmp");
        try
        {
            var stream = new FileStream(
                tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                await stream.WriteAsync(content, cancellationToken).ConfigureAwait(false);

                // Reach the disk before the rename publishes the name, so a crash cannot leave a named but empty blob.
                stream.Flush(flushToDisk: true);
            }

            try
            {
                File.Move(tempPath, finalPath, overwrite: false);
            }
            catch (IOException) when (File.Exists(finalPath))
            {
                // A concurrent put of the same content won the race; its file holds the same bytes.
            }
        }
        finally
        {
            // Only left behind after a lost race, a failure or a cancellation.
            File.Delete(tempPath);
        }

        return sha256;
    }

    public Task<Stream?> OpenReadAsync(string sha256, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var path = GetPath(sha256);
        try
        {
            Stream stream = new FileStream(
                path,
                FileMode.Open,
                FileAccess.Read,
                FileShare.Read | FileShare.Delete,
                BufferSize,
                FileOptions.Asynchronous | FileOptions.SequentialScan);
            return Task.FromResult<Stream?>(stream);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task<bool> ExistsAsync(string sha256, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(File.Exists(GetPath(sha256)));
    }

    public Task DeleteAsync(string sha256, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();

        // File.Delete ignores a missing file; the fan-out directories stay (they are few and reused).
        File.Delete(GetPath(sha256));
        return Task.CompletedTask;
    }

    private string GetPath(string sha256)
    {
        // Validating the id is what rules out path traversal: only [0-9a-f]{64} ever reaches Path.Combine.
        BlobId.ThrowIfInvalid(sha256);
        return Path.Combine(_rootDirectory, BlobId.FanOutPath(sha256, Path.DirectorySeparatorChar));
    }
}
