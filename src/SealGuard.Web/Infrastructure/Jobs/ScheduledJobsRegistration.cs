using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SealGuard.Web.Infrastructure.Jobs;

public static class ScheduledJobsRegistration
{
    /// <summary>Schedules <typeparamref name="TJob"/> (a singleton) on the one runner, adding the runner and its health check with the first job.</summary>
    public static IServiceCollection AddScheduledJob<TJob>(this IServiceCollection services)
        where TJob : class, IScheduledJob
    {
        if (!services.Any(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(ScheduledJobRunner)))
        {
            services.AddHostedService<ScheduledJobRunner>();
            // Tagged "ready" like the database check, so /health/ready reports it; Degraded still answers 200 there.
            services.AddHealthChecks().AddCheck<ScheduledJobsHealthCheck>("jobs", HealthStatus.Degraded, ["ready", "jobs"]);
        }

        services.AddSingleton<IScheduledJob, TJob>();
        return services;
    }
}
