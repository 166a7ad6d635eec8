using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SealGuard.Web.Data;

namespace SealGuard.Web.Features.Audit;

/// <summary>A signed statement that the chain had <see cref="EntryCount"/> entries ending in <see cref="LastId"/> with <see cref="LastHash"/>.</summary>
public sealed record AuditCheckpoint(long LastId, string LastHash, long EntryCount, DateTime WrittenAt, string Signature);

/// <summary>A line of the checkpoint file: the checkpoint, or null when the line does not parse.</summary>
public sealed record StoredCheckpoint(int Line, AuditCheckpoint? Checkpoint);

/// <summary>
/// Anchors the audit chain outside the database: signed checkpoints appended, one JSON line each, to
/// <c>audit-checkpoints.jsonl</c> in the anchor directory (<c>SealGuard:Audit:AnchorDirectory</c>). They are read
/// back from the database after commit, so a checkpoint only ever names committed entries; someone who deletes the
/// tail of the table or rewrites it cannot make the checkpoints agree without the key.
/// </summary>
public sealed class AuditCheckpoints(AuditChain chain, string directory)
{
    public const string FileName = "audit-checkpoints.jsonl";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string FilePath => Path.Combine(directory, FileName);

    /// <summary>Appends a checkpoint of the committed chain; null when the log is empty or the newest checkpoint already names its last entry.</summary>
    public async Task<AuditCheckpoint?> WriteAsync(SealGuardDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var last = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Id)
            .Select(a => new { a.Id, a.Hash })
            .FirstOrDefaultAsync(cancellationToken);
        if (last is null)
        {
            return null;
        }

        var newest = (await ReadAsync(cancellationToken)).Select(s => s.Checkpoint).LastOrDefault(c => c is not null);
        if (newest is not null && newest.LastId == last.Id && newest.LastHash == last.Hash)
        {
            return null;
        }

        // Entries up to the last one are never changed, so the count is consistent with it without a transaction.
        var count = await db.AuditEntries.LongCountAsync(a => a.Id <= last.Id, cancellationToken);
        var writtenAt = AuditChain.TruncateToMicroseconds(now);
        var checkpoint = new AuditCheckpoint(last.Id, last.Hash, count, writtenAt, chain.Sign(last.Id, last.Hash, count, writtenAt));
        Directory.CreateDirectory(directory);
        var line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(checkpoint, Json) + "\n");
        // One write in append mode: concurrent writers (the web host, the CLI) never interleave within a line.
        await using var file = new FileStream(FilePath, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete, 4096, FileOptions.WriteThrough);
        await file.WriteAsync(line, cancellationToken);
        await file.FlushAsync(cancellationToken);
        return checkpoint;
    }

    /// <summary>Every line of the checkpoint file in order; empty when there is none yet.</summary>
    public async Task<IReadOnlyList<StoredCheckpoint>> ReadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(FilePath))
        {
            return [];
        }

        var lines = await File.ReadAllLinesAsync(FilePath, cancellationToken);
        return lines.Select((text, index) => (Text: text, Line: index + 1)).Where(l => l.Text.Length > 0)
            .Select(l => new StoredCheckpoint(l.Line, Parse(l.Text))).ToList();
    }

    private static AuditCheckpoint? Parse(string line)
    {
        try
        {
            return JsonSerializer.Deserialize<AuditCheckpoint>(line, Json) is { LastHash: not null, Signature: not null } checkpoint ? checkpoint : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
