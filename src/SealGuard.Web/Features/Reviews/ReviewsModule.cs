using Microsoft.Extensions.DependencyInjection.Extensions;
using SealGuard.Web.Features.Intake;
using SealGuard.Web.Hosting;

namespace SealGuard.Web.Features.Reviews;

/// <summary>核验 of seal filings: the police review queue and decisions, the shop's corrections of returned filings. Both nodes.</summary>
public sealed class ReviewsModule : IFeatureModule
{
    public NodeRole Roles => NodeRole.All;

    public IReadOnlyList<PageFolder> Pages => [new("Police", "/Reviews"), new("Shop", "/Filings")];

    public void AddServices(IHostApplicationBuilder builder, SealGuardOptions options)
    {
        builder.Services.AddScoped<ListReviewsHandler>();
        builder.Services.AddScoped<ReviewFilingHandler>();
        builder.Services.AddScoped<ResubmitFilingHandler>();
        // The resubmission takes staged uploads; reviews also run where intake does not (the police node), so it brings the claim itself.
        builder.Services.TryAddScoped<ClaimStagedDocumentsHandler>();
    }

    public void MapApi(RouteGroupBuilder api) => api.MapReviewsApi();
}
