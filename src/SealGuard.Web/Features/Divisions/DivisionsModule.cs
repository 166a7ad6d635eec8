using SealGuard.Web.Hosting;

namespace SealGuard.Web.Features.Divisions;

/// <summary>The administrative divisions (reference data every form and search uses): both nodes.</summary>
public sealed class DivisionsModule : IFeatureModule
{
    public NodeRole Roles => NodeRole.All;

    public IReadOnlyList<PageFolder> Pages => [new("Admin", "/Divisions")];

    public void MapApi(RouteGroupBuilder api) => api.MapDivisionsApi();
}
