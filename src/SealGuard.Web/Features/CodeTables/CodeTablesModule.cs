using SealGuard.Web.Data;
using SealGuard.Web.Hosting;

namespace SealGuard.Web.Features.CodeTables;

/// <summary>The national code tables (seal kinds, materials, …): reference data on both nodes.</summary>
public sealed class CodeTablesModule : IFeatureModule
{
    public NodeRole Roles => NodeRole.All;

    public IReadOnlyList<PageFolder> Pages => [new("Admin", "/CodeTables")];

    public void AddServices(IHostApplicationBuilder builder, SealGuardOptions options)
    {
        builder.Services.AddScoped<CodeTableService>();
        builder.Services.AddScoped<IReferenceData>(sp => sp.GetRequiredService<CodeTableService>());
        builder.Services.AddScoped<GetCodeTableHandler>();
        builder.Services.AddScoped<EditCodeTableEntryHandler>();
    }

    public void MapApi(RouteGroupBuilder api) => api.MapCodeTablesApi();
}
