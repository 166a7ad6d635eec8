using SealGuard.Web.Hosting;
using SealGuard.Web.Pages;

namespace SealGuard.Web.Features.Notices;

/// <summary>通知公告: the police publish to the shops of their jurisdiction, shops read them and leave a receipt. Both nodes.</summary>
public sealed class NoticesModule : IFeatureModule
{
    public NodeRole Roles => NodeRole.All;

    public IReadOnlyList<PageFolder> Pages => [new("Shop", "/Notices"), new("Police", "/Notices")];

    public void AddServices(IHostApplicationBuilder builder, SealGuardOptions options)
    {
        var services = builder.Services;
        services.AddScoped<PublishNoticeHandler>();
        services.AddScoped<ListNoticesHandler>();
        services.AddScoped<GetNoticeHandler>();
        services.AddScoped<ShopNoticesHandler>();
        services.AddScoped<ReadNoticeHandler>();
        services.AddScoped<INavigationBadge, UnreadNoticesBadge>();
    }

    public void MapApi(RouteGroupBuilder api) => api.MapNoticesApi();
}
