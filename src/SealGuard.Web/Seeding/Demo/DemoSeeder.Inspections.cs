using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Inspections;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Inspections;

namespace SealGuard.Web.Seeding.Demo;

public sealed partial class DemoSeeder
{
    /// <summary>How long ago the demo shop was inspected: its rectification (due 15 days after) is still open on first start.</summary>
    private const int InspectionDaysAgo = 10;

    /// <summary>A past inspection of the demo shop by <c>police.demo</c> with one failed item, through the real handler: an open rectification to answer.</summary>
    private async Task SeedInspectionAsync(CancellationToken cancellationToken)
    {
        var officer = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == "police.demo", cancellationToken);
        var actor = new Actor(officer.Id, officer.UserName, officer.Role, null, officer.JurisdictionPrefixes, null);
        var template = await db.ChecklistTemplates.AsNoTracking().Include(t => t.Items)
            .SingleAsync(t => t.Lineage == DefaultChecklist.Lineage && t.SupersededAt == null, cancellationToken);
        var results = template.Items.OrderBy(i => i.Position)
            .Select(i => i.Position == 3
                ? new ItemResultInput(i.Id, nameof(CheckOutcome.Fail), "成品印章保管未使用保险柜，存放于前台抽屉")
                : new ItemResultInput(i.Id, i.Position == 10 ? nameof(CheckOutcome.NotApplicable) : nameof(CheckOutcome.Pass), null))
            .ToList();
        // On a clock at the inspection's time, so the notice is issued that day too, not at the start-up.
        var handler = ActivatorUtilities.CreateInstance<RecordInspectionHandler>(services, new DemoClock(clock.GetUtcNow().AddDays(-InspectionDaysAgo)));
        Expect(await handler.HandleAsync(actor, new InspectionRequest(DemoShopCode, template.Id, null, "张伟、李强",
            new LocationInput(35.3026, 113.9253, 15, nameof(LocationSource.Device)), "例行检查，登记簿、设备情况良好", results), [], cancellationToken));
    }
}
