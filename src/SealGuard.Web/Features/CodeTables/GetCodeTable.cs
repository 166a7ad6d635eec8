using Microsoft.EntityFrameworkCore;
using SealGuard.Core.CodeTables;
using SealGuard.Web.Data;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.CodeTables;

/// <summary>The entries of one code table in display order: what the API returns and the pages show.</summary>
public sealed class GetCodeTableHandler(SealGuardDbContext db)
{
    /// <summary>A table named in a URL; an unknown name is not found.</summary>
    public async Task<Outcome<IReadOnlyList<CodeTableEntryView>>> HandleAsync(string tableName, CancellationToken cancellationToken)
    {
        if (!EnumName.TryParse<CodeTable>(tableName, out var table))
        {
            return Failure.NotFound("CodeTable.NotFound");
        }

        return await ListAsync(table, cancellationToken);
    }

    public async Task<IReadOnlyList<CodeTableEntryView>> HandleAsync(CodeTable table, CancellationToken cancellationToken) =>
        await ListAsync(table, cancellationToken);

    // A concrete list: the outcome's implicit conversion does not apply to an interface-typed value.
    private async Task<List<CodeTableEntryView>> ListAsync(CodeTable table, CancellationToken cancellationToken) =>
        (await db.CodeTableEntries.AsNoTracking().Where(e => e.Table == table).OrderBy(e => e.SortOrder).ThenBy(e => e.Code).ToListAsync(cancellationToken))
            .Select(CodeTableEntryView.From).ToList();
}
