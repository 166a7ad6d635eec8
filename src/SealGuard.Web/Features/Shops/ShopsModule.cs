using SealGuard.Web.Hosting;

namespace SealGuard.Web.Features.Shops;

/// <summary>Shops and their staff: a shop manages its staff, the police file and supervise shops, the public finds filed shops. Both nodes.</summary>
public sealed class ShopsModule : IFeatureModule
{
    public NodeRole Roles => NodeRole.All;

    public IReadOnlyList<PageFolder> Pages => [new("Shop", "/Staff"), new("Shop", "/Standing"), new("Police", "/Shops"), new("Police", "/Penalties"), new("Police", "/Staff"), new("Public", "/Shops")];

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
    }

    public void MapApi(RouteGroupBuilder api) => api.MapShopsApi().MapStaffApi();
}
