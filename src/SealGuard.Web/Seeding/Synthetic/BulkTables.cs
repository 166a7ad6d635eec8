using Microsoft.EntityFrameworkCore.Metadata;
using SealGuard.Core.Filings;
using SealGuard.Core.Organizations;
using SealGuard.Web.Data;

namespace SealGuard.Web.Seeding.Synthetic;

/// <summary>The five tables the bulk path writes, laid out once per load.</summary>
internal sealed class BulkTables(IModel model)
{
    public TableLayout<Organization> Organizations { get; } = TableLayout<Organization>.From(model);

    public TableLayout<Filing> Filings { get; } = TableLayout<Filing>.From(model);

    public TableLayout<FilingDocument> Documents { get; } = TableLayout<FilingDocument>.From(model, databaseGeneratesKey: true);

    public TableLayout<Seal> Seals { get; } = TableLayout<Seal>.From(model);

    public TableLayout<SealEvent> Events { get; } = TableLayout<SealEvent>.From(model, databaseGeneratesKey: true);
}
