using SealGuard.Web.Data;
using SealGuard.Web.Hosting;
using SealGuard.Web.Infrastructure.Blobs;
using SealGuard.Web.Infrastructure.Jobs;

namespace SealGuard.Web.Features.Seals;

/// <summary>The seal lifecycle: shops engrave, upload imprints and deliver; the police search and read seals. Both nodes.</summary>
public sealed class SealsModule : IFeatureModule
{
    public NodeRole Roles => NodeRole.All;

    public IReadOnlyList<PageFolder> Pages => [new("Shop", "/Index"), new("Shop", "/Seals"), new("Police", "/Seals")];

    public void AddServices(IHostApplicationBuilder builder, SealGuardOptions options)
    {
        var services = builder.Services;
        services.AddScoped<SealLoader>();
        services.AddScoped<SearchSealsHandler>();
        services.AddHttpContextAccessor();
        services.AddScoped<PersonSearchTokens>();
        services.AddScheduledJob<PersonSearchTokenCleanupJob>();
        services.AddScoped<IChangeParticipant, SealOrganizationNamesParticipant>();
        services.AddScoped<GetSealHandler>();
        services.AddScoped<ReadImagesHandler>();
        services.AddScoped<ImprintCardPdfHandler>();
        services.AddScoped<IBlobReferences, ImprintBlobReferences>();
        services.AddScoped<EngraveSealHandler>();
        services.AddScoped<UploadImprintHandler>();
        services.AddScoped<DeliverSealHandler>();
        services.AddScoped<ChangeLifeStateHandler>();
        services.AddScoped<FilingBatchHandler>();
        services.AddScoped<ShopWorkloadHandler>();
    }

    public void MapApi(RouteGroupBuilder api) => api.MapSealsApi();
}
