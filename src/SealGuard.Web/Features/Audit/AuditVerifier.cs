using Microsoft.EntityFrameworkCore;
using SealGuard.Web.Data;

namespace SealGuard.Web.Features.Audit;

public sealed record AuditVerification(long EntriesChecked, long? FirstBrokenId, string? Problem)
{
    public bool IsIntact => FirstBrokenId is null;
}

/// <summary>Walks the chain in id order, in batches, and reports the first row whose link or content does not hold.</summary>
public sealed class AuditVerifier(SealGuardDbContext db)
{
    private const int BatchSize = 2000;

    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        var expectedId = 1L;
        var previous = AuditChain.Genesis;
        long checkedCount = 0;
        while (true)
        {
            var batch = await db.AuditEntries.AsNoTracking()
                .Where(a => a.Id >= expectedId)
                .OrderBy(a => a.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return new AuditVerification(checkedCount, null, null);
            }

            foreach (var entry in batch)
            {
                if (entry.Id != expectedId)
                {
                    return new AuditVerification(checkedCount, expectedId, $"entry {expectedId} is missing");
                }

                if (!string.Equals(entry.PreviousHash, previous, StringComparison.Ordinal))
                {
                    return new AuditVerification(checkedCount, entry.Id, $"entry {entry.Id} does not link to the entry before it");
                }

                if (!string.Equals(AuditChain.ComputeHash(entry), entry.Hash, StringComparison.Ordinal))
                {
                    return new AuditVerification(checkedCount, entry.Id, $"entry {entry.Id} was altered after it was written");
                }

                previous = entry.Hash;
                expectedId++;
                checkedCount++;
            }
        }
    }
}
