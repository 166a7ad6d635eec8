namespace SealGuard.Web.Features.Organizations;

public static class OrganizationServices
{
    /// <summary>The organization registry shared by intake, change filings and the seeders (its handlers are registered with the others).</summary>
    public static IServiceCollection AddOrganizationRegistry(this IServiceCollection services) =>
        services.AddScoped<OrganizationRegistry>();
}
