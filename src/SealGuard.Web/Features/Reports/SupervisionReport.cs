using SealGuard.Core.Divisions;
using SealGuard.Core.Shops;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Inspections;
using SealGuard.Web.Features.Shops;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Reports;

/// <summary>
/// One division's line of the supervision overview (the total line has an empty code and name). <see cref="InspectionsDue"/> are the
/// shops in business (正常) not inspected in the range; rectifications are those open today.
/// </summary>
public sealed record SupervisionRow(string DivisionCode, string DivisionName, int ShopsNormal, int ShopsSuspended, int ShopsClosed,
    int StaffAccepted, int StaffPending, int StaffReturned, int StaffDeregistered, int Inspections, int InspectionsDue,
    int OpenRectifications, int OverdueRectifications, int Penalties, long FineCents);

public sealed record SupervisionReportView(DateOnly From, DateOnly To, string? Division, IReadOnlyList<SupervisionRow> Rows, SupervisionRow Total);

/// <summary>
/// 监管概况: per county-level division of the jurisdiction, shops by state, staff by state, inspections done and due, open
/// rectifications and penalties in the range, from the Shops and Inspections features' own count handlers.
/// </summary>
public sealed class SupervisionReportHandler(ShopSupervisionCountsHandler shops, InspectionCountsHandler inspections, TimeProvider clock)
{
    public async Task<Outcome<SupervisionReportView>> HandleAsync(Actor actor, ReportFilters filters, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.ViewStatistics) || actor.Scope != ScopeKind.Jurisdiction)
        {
            return Failure.Forbidden();
        }

        var resolved = ReportScope.Resolve(actor, filters, clock);
        if (resolved.Value is not { } scope)
        {
            return resolved.Failure!;
        }

        var (start, end) = scope.UtcBounds;
        var shopCounts = await shops.HandleAsync(actor, scope.Prefixes, scope.From, scope.To, cancellationToken);
        var inspected = (await inspections.HandleAsync(actor, start, end, cancellationToken)).ToDictionary(i => i.ShopId);
        var empty = new ShopInspectionCount(0, 0, 0, 0);
        var rows = shopCounts.GroupBy(s => s.DivisionCode)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Sum(g.Key, DivisionCatalog.Default.Find(g.Key)?.Name ?? g.Key, g.Select(s => (s, inspected.GetValueOrDefault(s.ShopId, empty)))))
            .ToList();
        var total = Sum(string.Empty, string.Empty, shopCounts.Select(s => (s, inspected.GetValueOrDefault(s.ShopId, empty))));
        return new SupervisionReportView(scope.From, scope.To, scope.Division, rows, total);
    }

    private static SupervisionRow Sum(string code, string name, IEnumerable<(ShopSupervisionCount Shop, ShopInspectionCount Inspection)> shops)
    {
        var list = shops.ToList();
        return new SupervisionRow(code, name,
            list.Count(s => s.Shop.State == ShopState.Normal),
            list.Count(s => s.Shop.State == ShopState.Suspended),
            list.Count(s => s.Shop.State == ShopState.Closed),
            list.Sum(s => s.Shop.StaffAccepted),
            list.Sum(s => s.Shop.StaffPending),
            list.Sum(s => s.Shop.StaffReturned),
            list.Sum(s => s.Shop.StaffDeregistered),
            list.Sum(s => s.Inspection.Inspections),
            list.Count(s => s.Shop.State == ShopState.Normal && s.Inspection.Inspections == 0),
            list.Sum(s => s.Inspection.OpenRectifications),
            list.Sum(s => s.Inspection.OverdueRectifications),
            list.Sum(s => s.Shop.Penalties),
            list.Sum(s => s.Shop.FineCents));
    }
}
