using SealGuard.Web.Hosting;

namespace SealGuard.Web.Features.SuspiciousReports;

/// <summary>可疑情况: shops and officers report, the police of the division work the reports. Both nodes (shops report from the terminal).</summary>
public sealed class SuspiciousReportsModule : IFeatureModule
{
    public NodeRole Roles => NodeRole.All;

    public IReadOnlyList<PageFolder> Pages => [new("Shop", "/SuspiciousReports"), new("Police", "/SuspiciousReports")];

    public void AddServices(IHostApplicationBuilder builder, SealGuardOptions options)
    {
        var services = builder.Services;
        services.AddScoped<FileSuspiciousReportHandler>();
        services.AddScoped<ListSuspiciousReportsHandler>();
        services.AddScoped<GetSuspiciousReportHandler>();
        services.AddScoped<HandleSuspiciousReportHandler>();
    }

    public void MapApi(RouteGroupBuilder api) => api.MapSuspiciousReportsApi();
}
