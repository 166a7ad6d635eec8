namespace SealGuard.Web.Tests.Infrastructure;

/// <summary>
/// Temporary data directories (SQLite files, blobs, generated keys) of this test process, all inside one run folder
/// <c>$TMPDIR/sealguard-tests/run-…</c> that is deleted when the process ends. The first use sweeps the run folders
/// of test processes that ended without that (killed, crashed): a run holds a lock on its <c>.lock</c> file while
/// it lives, so a folder whose lock can be taken is stale, and concurrent runs (other worktrees) are left alone.
/// </summary>
public static class TestDirectories
{
    private const string LockFile = ".lock";
    private static readonly Lazy<string> Run = new(StartRun);

    /// <summary>Where every run folder lives.</summary>
    public static string Root { get; } = Path.Combine(Path.GetTempPath(), "sealguard-tests");

    /// <summary>A fresh path inside this process's run folder (not created: the app creates what it needs).</summary>
    public static string New() => Path.Combine(Run.Value, Guid.NewGuid().ToString("N"));

    /// <summary>Deletes <paramref name="directory"/> if it is there; a file still held open leaves it to the run's end.</summary>
    public static void Delete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Deleted with the run folder when the process ends.
        }
    }

    /// <summary>
    /// Deletes the run folders under <paramref name="root"/> whose process is gone, and (from before run folders)
    /// data directories directly under it untouched for <paramref name="legacyAge"/>. Returns how many went.
    /// </summary>
    public static int Sweep(string root, TimeSpan legacyAge)
    {
        if (!Directory.Exists(root))
        {
            return 0;
        }

        var swept = 0;
        foreach (var directory in Directory.EnumerateDirectories(root))
        {
            var age = DateTime.UtcNow - Directory.GetLastWriteTimeUtc(directory);
            var stale = Path.GetFileName(directory).StartsWith("run-", StringComparison.Ordinal)
                ? Lock(Path.Combine(directory, LockFile)) switch
                {
                    LockState.Free => true,
                    LockState.Missing => age > TimeSpan.FromMinutes(1), // not yet taken by a run starting now
                    _ => false,
                }
                : age > legacyAge;
            if (stale)
            {
                Delete(directory);
                swept += Directory.Exists(directory) ? 0 : 1;
            }
        }

        return swept;
    }

    /// <summary>Creates a run folder under <paramref name="root"/> and holds its lock until the returned handle is disposed.</summary>
    public static FileStream CreateRunFolder(string root, out string directory)
    {
        directory = Path.Combine(root, $"run-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        return new FileStream(Path.Combine(directory, LockFile), FileMode.Create, FileAccess.ReadWrite, FileShare.None);
    }

    private static string StartRun()
    {
        Sweep(Root, TimeSpan.FromHours(2));
        var held = CreateRunFolder(Root, out var directory);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            held.Dispose();
            Delete(directory);
        };
        return directory;
    }

    private static LockState Lock(string lockFile)
    {
        try
        {
            using var probe = new FileStream(lockFile, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return LockState.Free;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return LockState.Missing;
        }
        catch (IOException)
        {
            return LockState.Held;
        }
    }

    private enum LockState
    {
        Free,
        Missing,
        Held,
    }
}
