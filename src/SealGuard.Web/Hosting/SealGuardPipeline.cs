using Microsoft.Extensions.Diagnostics.HealthChecks;
using SealGuard.Web.Data;
using SealGuard.Web.Infrastructure.Http;

namespace SealGuard.Web.Hosting;

/// <summary>The middleware in its order, and the health endpoints.</summary>
public static class SealGuardPipeline
{
    public static void UseSealGuardPipeline(this WebApplication app)
    {
        app.UseWebHardening();
        app.UseErrorResponses();
        app.UseRequestLocalization(l => l.SetDefaultCulture("zh-CN").AddSupportedCultures("zh-CN").AddSupportedUICultures("zh-CN"));
        app.UseStaticFiles();
        app.UseJsonBodyLimit();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseTextInputGuard();
        app.UseAntiforgery();
    }

    public static void AddSealGuardHealthChecks(this WebApplicationBuilder builder) =>
        builder.Services.AddHealthChecks().AddDbContextCheck<SealGuardDbContext>(tags: ["ready"]);

    /// <summary><c>/health/live</c> answers while the process runs; <c>/health/ready</c> also asks the database.</summary>
    public static void MapSealGuardHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready"), ResultStatusCodes = { [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable } });
    }
}
