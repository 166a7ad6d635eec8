using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SealGuard.ArchitectureTests.Fixtures.Web.Data;
using SealGuard.ArchitectureTests.Fixtures.Web.Features.Audit;
using SealGuard.ArchitectureTests.Fixtures.Web.Features.Widgets;

// A miniature application laid out like SealGuard.Web (Layout.Fixtures), with one offender per rule next to a
// type that keeps it. Only the rule tests read these types.
namespace SealGuard.ArchitectureTests.Fixtures.Web.Features.Audit
{
    /// <summary>A shared feature's service: any feature may use it.</summary>
    public sealed class FakeAuditTrail
    {
        public List<string> Entries { get; } = [];

        public void Record(string what) => Entries.Add(what);
    }
}

namespace SealGuard.ArchitectureTests.Fixtures.Web.Features.Widgets
{
    public sealed class Widget
    {
        public int Id { get; set; }

        public WidgetKind Kind { get; set; }
    }

    public sealed class WidgetConfiguration : IEntityTypeConfiguration<Widget>
    {
        public void Configure(EntityTypeBuilder<Widget> builder) => builder.HasKey(w => w.Id);
    }

    public enum WidgetKind
    {
        Plain,
        Fancy,
    }

    public sealed record WidgetView(int Id, WidgetKind Kind);

    public sealed class GetWidgetHandler(WidgetContext db)
    {
        public async Task<WidgetView?> HandleAsync(int id, CancellationToken cancellationToken) =>
            await db.Widgets.Where(w => w.Id == id).Select(w => new WidgetView(w.Id, w.Kind)).SingleOrDefaultAsync(cancellationToken);
    }

    public sealed class WidgetService(WidgetContext db)
    {
        public Task<int> CountAsync(CancellationToken cancellationToken) => db.Widgets.CountAsync(cancellationToken);
    }

    public static class WidgetPricing
    {
        public static int Price(WidgetKind kind) => kind == WidgetKind.Fancy ? 2 : 1;
    }

    internal static class WidgetSecrets
    {
        public static int Salt => 7;
    }

    public static class WidgetsApi
    {
        public static string Route(int id) => $"/widgets/{id}";
    }
}

namespace SealGuard.ArchitectureTests.Fixtures.Web.Features.Orders
{
    /// <summary>Keeps rule (d): another feature's handler, view record and enum, and a shared feature's service.</summary>
    public sealed class PlaceOrderHandler(GetWidgetHandler widgets, FakeAuditTrail audit)
    {
        public async Task<bool> HandleAsync(int widgetId, CancellationToken cancellationToken)
        {
            WidgetView? widget = await widgets.HandleAsync(widgetId, cancellationToken);
            audit.Record("Order.Placed");
            return widget is { Kind: WidgetKind.Plain };
        }
    }

    /// <summary>Breaks rule (d) four ways: a service, a static helper, an internal type and the endpoints of Widgets.</summary>
    public sealed class OvercuriousOrderHandler(WidgetService widgets)
    {
        public async Task<string> HandleAsync(CancellationToken cancellationToken) =>
            $"{await widgets.CountAsync(cancellationToken)}{WidgetPricing.Price(WidgetKind.Fancy)}{WidgetSecrets.Salt}{WidgetsApi.Route(1)}";
    }
}

namespace SealGuard.ArchitectureTests.Fixtures.Web.Data
{
    public sealed class WidgetContext(DbContextOptions<WidgetContext> options) : DbContext(options)
    {
        public DbSet<Widget> Widgets => Set<Widget>();
    }

    /// <summary>Keeps rule (b): the entities, their configuration and enums are the model's shape.</summary>
    public sealed class WidgetModel(WidgetContext db)
    {
        public static void Build(ModelBuilder builder) => new WidgetConfiguration().Configure(builder.Entity<Widget>());

        public Task<int> CountAsync(WidgetKind kind, CancellationToken cancellationToken) => db.Widgets.CountAsync(w => w.Kind == kind, cancellationToken);
    }

    /// <summary>Breaks rule (b): persistence calling up into a feature (the audit trail).</summary>
    public sealed class AuditingUnitOfWork(WidgetContext db, FakeAuditTrail audit)
    {
        public async Task SaveAsync(CancellationToken cancellationToken)
        {
            audit.Record("Saved");
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}

namespace SealGuard.ArchitectureTests.Fixtures.Web.Pages
{
    /// <summary>Keeps rule (c): a handler, its view record, an enum and a static helper.</summary>
    public sealed class WidgetPageModel(GetWidgetHandler handler) : PageModel
    {
        public WidgetView? Widget { get; private set; }

        public int Price { get; private set; }

        public async Task OnGetAsync(int id, CancellationToken cancellationToken)
        {
            Widget = await handler.HandleAsync(id, cancellationToken);
            Price = WidgetPricing.Price(Widget?.Kind ?? WidgetKind.Plain);
        }
    }

    /// <summary>Breaks rule (c1): the page queries the DbContext itself (as the login page once did).</summary>
    public sealed class QueryingPageModel(WidgetContext db) : PageModel
    {
        public int Count { get; private set; }

        public async Task OnGetAsync(CancellationToken cancellationToken) => Count = await db.Widgets.CountAsync(cancellationToken);
    }

    /// <summary>Breaks rule (c2): a feature's service and entity instead of a handler and a view record.</summary>
    public sealed class ServicePageModel(WidgetService widgets) : PageModel
    {
        public Widget Draft { get; } = new();

        public async Task OnGetAsync(CancellationToken cancellationToken) => Draft.Id = await widgets.CountAsync(cancellationToken);
    }
}
