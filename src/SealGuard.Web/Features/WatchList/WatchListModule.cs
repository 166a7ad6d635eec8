using SealGuard.Web.Hosting;

namespace SealGuard.Web.Features.WatchList;

/// <summary>
/// 关注名单: kept only on the police side, so the module runs on the police node alone and its table is not ferried
/// (<see cref="Core.Supervision.WatchListEntry"/> is no <c>IFerried</c>). Alert rules ask <see cref="WatchListRegistry"/>.
/// </summary>
public sealed class WatchListModule : IFeatureModule
{
    public NodeRole Roles => NodeRole.Police;

    public IReadOnlyList<PageFolder> Pages => [new("Police", "/WatchList")];

    public void AddServices(IHostApplicationBuilder builder, SealGuardOptions options)
    {
        var services = builder.Services;
        services.AddScoped<WatchListRegistry>();
        services.AddScoped<ListWatchListHandler>();
        services.AddScoped<AddToWatchListHandler>();
        services.AddScoped<RemoveFromWatchListHandler>();
    }

    public void MapApi(RouteGroupBuilder api) => api.MapWatchListApi();
}
