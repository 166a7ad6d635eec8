using SealGuard.Web.Hosting;

namespace SealGuard.Web.Features.Validation;

/// <summary>Live checks of codes and seal faces as they are typed, for shop and police forms alike: both nodes.</summary>
public sealed class ValidationModule : IFeatureModule
{
    public NodeRole Roles => NodeRole.All;

    public void MapApi(RouteGroupBuilder api) => api.MapValidationApi();
}
