using Microsoft.Extensions.DependencyInjection.Extensions;
using SealGuard.Web.Data;
using SealGuard.Web.Hosting;
using SealGuard.Web.Infrastructure.Blobs;
using SealGuard.Web.Infrastructure.Jobs;

namespace SealGuard.Web.Features.Intake;

/// <summary>Taking an order (受理) at the shop counter: the shop zone, the system of record for filings.</summary>
public sealed class IntakeModule : IFeatureModule
{
    public NodeRole Roles => NodeRole.Shop;

    public IReadOnlyList<PageFolder> Pages => [new("Shop", "/Intake")];

    public void AddServices(IHostApplicationBuilder builder, SealGuardOptions options)
    {
        builder.Services.AddScoped<FilingNumberAllocator>();
        builder.Services.AddScoped<FileIntakeHandler>();
        builder.Services.AddScoped<UploadDocumentHandler>();
        builder.Services.AddScoped<GetFilingReceiptHandler>();
        builder.Services.AddScoped<GetFilingReceiptPdfHandler>();
        builder.Services.AddScoped<StageDocumentHandler>();
        builder.Services.TryAddScoped<ClaimStagedDocumentsHandler>();
        builder.Services.AddScoped<IBlobReferences, DocumentBlobReferences>();
        builder.Services.AddScheduledJob<StagedDocumentCleanupJob>();
    }

    public void MapApi(RouteGroupBuilder api) => api.MapIntakeApi();
}
