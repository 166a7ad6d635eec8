using SealGuard.Web.Hosting;
using SealGuard.Web.Infrastructure.Blobs;
using SealGuard.Web.Pages;

namespace SealGuard.Web.Features.Inspections;

/// <summary>Supervision on site: check-list templates, inspections, rectification notices and rechecks, with their PDFs. Both nodes (the shop answers its notices).</summary>
public sealed class InspectionsModule : IFeatureModule
{
    public NodeRole Roles => NodeRole.All;

    public IReadOnlyList<PageFolder> Pages => [new("Police", "/Inspections"), new("Police", "/Rectifications"), new("Police", "/Checklists"), new("Shop", "/Inspections"), new("Shop", "/Rectifications")];

    public void AddServices(IHostApplicationBuilder builder, SealGuardOptions options)
    {
        var services = builder.Services;
        services.AddScoped<ListChecklistTemplatesHandler>();
        services.AddScoped<SaveChecklistTemplateHandler>();
        services.AddScoped<DefaultChecklistSeeder>();
        services.AddScoped<RecordInspectionHandler>();
        services.AddScoped<AttachInspectionPhotoHandler>();
        services.AddScoped<ListInspectionsHandler>();
        services.AddScoped<GetInspectionHandler>();
        services.AddScoped<ListRectificationsHandler>();
        services.AddScoped<InspectionCountsHandler>();
        services.AddScoped<FindOverdueRectificationsHandler>();
        services.AddScoped<GetRectificationHandler>();
        services.AddScoped<MarkRectificationItemHandler>();
        services.AddScoped<RecheckRectificationHandler>();
        services.AddScoped<InspectionPdfHandler>();
        services.AddScoped<IBlobReferences, InspectionBlobReferences>();
        services.AddScoped<INavigationBadge, OpenRectificationsBadge>();
    }

    public void MapApi(RouteGroupBuilder api) => api.MapInspectionsApi();

    public async Task StartAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DefaultChecklistSeeder>().SeedAsync(cancellationToken);
    }
}
