using SealGuard.Web.Hosting;

namespace SealGuard.Web.Features.Organizations;

/// <summary>The organizations using seals (用章单位) and their change filings: shops look up and file, the police review. Both nodes.</summary>
public sealed class OrganizationsModule : IFeatureModule
{
    public NodeRole Roles => NodeRole.All;

    public IReadOnlyList<PageFolder> Pages => [new("Shop", "/Changes"), new("Police", "/Changes"), new("Police", "/Organizations")];

    public void AddServices(IHostApplicationBuilder builder, SealGuardOptions options)
    {
        var services = builder.Services;
        services.AddScoped<OrganizationRegistry>();
        services.AddScoped<OrganizationLookupHandler>();
        services.AddScoped<GetOrganizationSealsHandler>();
        services.AddScoped<FileOrganizationChangeHandler>();
        services.AddScoped<ListOrganizationChangesHandler>();
        services.AddScoped<GetOrganizationChangeHandler>();
        services.AddScoped<ReviewOrganizationChangeHandler>();
        services.AddScoped<SetOrganizationStateHandler>();
    }

    public void MapApi(RouteGroupBuilder api)
    {
        api.MapOrganizationsApi();
        api.MapChangeFilingApi();
    }
}
