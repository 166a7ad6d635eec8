using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SealGuard.Web.Data;

namespace SealGuard.Web.Features.Audit;

/// <summary>The outcome of <see cref="AuditVerifier"/>: intact, or the first problem (and the entry it concerns, when there is one).</summary>
public sealed record AuditVerification(long EntriesChecked, int CheckpointsChecked, long? FirstBrokenId, string? Problem)
{
    public bool IsIntact => Problem is null;
}

/// <summary>
/// Checks the checkpoint signatures, then walks the chain in id order, in batches, and reports the first row whose
/// link, keyed hash or checkpoint does not hold; finally, that no checkpoint names an entry beyond the end of the log.
/// </summary>
public sealed class AuditVerifier(SealGuardDbContext db, AuditChain chain, AuditCheckpoints checkpoints)
{
    private const int BatchSize = 2000;

    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        var stored = await checkpoints.ReadAsync(cancellationToken);
        if (stored.FirstOrDefault(s => s.Checkpoint is null || !chain.HasValidSignature(s.Checkpoint)) is { } forged)
        {
            return new AuditVerification(0, 0, null,
                $"the checkpoint on line {forged.Line} of {checkpoints.FilePath} is forged or damaged: its signature does not verify with the audit chain key");
        }

        var anchors = stored.Select(s => s.Checkpoint!).ToLookup(c => c.LastId);
        var expectedId = 1L;
        var previous = AuditChain.Genesis;
        long checkedCount = 0;
        AuditVerification Broken(long id, string problem) => new(checkedCount, stored.Count, id, problem);
        while (true)
        {
            var batch = await db.AuditEntries.AsNoTracking()
                .Where(a => a.Id >= expectedId)
                .OrderBy(a => a.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var entry in batch)
            {
                if (entry.Id != expectedId)
                {
                    return Broken(expectedId, $"entry {expectedId} is missing");
                }

                if (!string.Equals(entry.PreviousHash, previous, StringComparison.Ordinal))
                {
                    return Broken(entry.Id, $"entry {entry.Id} does not link to the entry before it");
                }

                if (!string.Equals(chain.ComputeHash(entry), entry.Hash, StringComparison.Ordinal))
                {
                    return Broken(entry.Id, entry.Id == 1
                        ? "entry 1 does not verify with the audit chain key: the log was altered or re-hashed, or written with another SealGuard:Keys:AuditChain, or before the chain was keyed (such a database must be recreated)"
                        : $"entry {entry.Id} was altered after it was written (its keyed hash does not match)");
                }

                previous = entry.Hash;
                expectedId++;
                checkedCount++;
                foreach (var anchor in anchors[entry.Id])
                {
                    if (!string.Equals(anchor.LastHash, entry.Hash, StringComparison.Ordinal) || anchor.EntryCount != checkedCount)
                    {
                        return Broken(entry.Id, $"entry {entry.Id} is not the one the checkpoint of {Time(anchor)} names: the log was rewritten");
                    }
                }
            }
        }

        var lastId = expectedId - 1;
        if (stored.Count > 0 && stored.Select(s => s.Checkpoint!).MaxBy(c => c.LastId) is { } furthest && furthest.LastId > lastId)
        {
            return Broken(lastId + 1,
                $"entries {lastId + 1} to {furthest.LastId} were deleted: the checkpoint of {Time(furthest)} covers them, the log ends at entry {lastId}");
        }

        return new AuditVerification(checkedCount, stored.Count, null, null);
    }

    private static string Time(AuditCheckpoint checkpoint) => checkpoint.WrittenAt.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
