using Microsoft.EntityFrameworkCore;
using SealGuard.Core.CodeTables;
using SealGuard.Web.Data;

namespace SealGuard.Web.Features.CodeTables;

/// <summary>Reads code tables for validation and display, and adds the standard entries a database lacks.</summary>
public sealed class CodeTableService(SealGuardDbContext db) : IReferenceData
{
    /// <summary>All entries of the given tables keyed by (table, code); small enough to read whole per request.</summary>
    public async Task<IReadOnlyDictionary<(CodeTable Table, string Code), CodeTableEntry>> LoadAsync(IReadOnlyCollection<CodeTable> tables, CancellationToken cancellationToken)
    {
        var entries = await db.CodeTableEntries.AsNoTracking().Where(e => tables.Contains(e.Table)).ToListAsync(cancellationToken);
        return entries.ToDictionary(e => (e.Table, e.Code));
    }

    /// <summary>Adds the standard entries a database lacks.</summary>
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var existing = (await db.CodeTableEntries.Select(e => new { e.Table, e.Code }).ToListAsync(cancellationToken))
            .Select(e => (e.Table, e.Code)).ToHashSet();
        var missing = StandardCodeTables.Load().Where(e => !existing.Contains((e.Table, e.Code))).ToList();
        if (missing.Count > 0)
        {
            db.CodeTableEntries.AddRange(missing);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
