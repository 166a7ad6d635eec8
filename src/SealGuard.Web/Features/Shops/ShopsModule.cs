using SealGuard.Web.Hosting;
using SealGuard.Web.Infrastructure.Blobs;

namespace SealGuard.Web.Features.Shops;

/// <summary>Shops and their staff: a shop manages its staff, the police file and supervise shops, the public finds filed shops. Both nodes.</summary>
public sealed class ShopsModule : IFeatureModule
{
    public NodeRole Roles => NodeRole.All;

    public IReadOnlyList<PageFolder> Pages => [new("Shop", "/Staff"), new("Shop", "/Standing"), new("Shop", "/Filing"), new("Police", "/Shops"), new("Police", "/ShopFilings"), new("Police", "/Penalties"), new("Police", "/Staff"), new("Public", "/Shops")];

    public void AddServices(IHostApplicationBuilder builder, SealGuardOptions options)
    {
        var services = builder.Services;
        services.AddScoped<ListStaffHandler>();
        services.AddScoped<ListShopsHandler>();
        services.AddScoped<ShopSupervisionCountsHandler>();
        services.AddScoped<GetShopHandler>();
        services.AddScoped<ShopDirectoryHandler>();
        services.AddScoped<ListShopChoicesHandler>();
        services.AddScoped<ListStaffChoicesHandler>();
        services.AddScoped<FileShopHandler>();
        services.AddScoped<ShopStandingHandler>();
        services.AddScoped<ChangeShopStateHandler>();
        services.AddScoped<GetShopStateHandler>();
        services.AddScoped<PenaltyReader>();
        services.AddScoped<RecordPenaltyHandler>();
        services.AddScoped<ListPenaltiesHandler>();
        services.AddScoped<GetPenaltyHandler>();
        services.AddScoped<ManageStaffHandler>();
        services.AddScoped<DecideStaffHandler>();
        services.AddScoped<GetStaffHandler>();
        services.AddScoped<ListStaffRegistrationsHandler>();
        services.AddScoped<OperatorEligibilityHandler>();
        services.AddScoped<OperatorStandingHandler>();
        services.AddScoped<ManageShopFilingHandler>();
        services.AddScoped<DecideShopFilingHandler>();
        services.AddScoped<ReadShopFilingsHandler>();
        services.AddScoped<ShopFilingReceiptPdfHandler>();
        services.AddScoped<FindOverdueShopFilingsHandler>();
        services.AddScoped<IBlobReferences, ShopFilingBlobReferences>();
    }

    public void MapApi(RouteGroupBuilder api) => api.MapShopsApi().MapStaffApi().MapShopFilingsApi();
}
