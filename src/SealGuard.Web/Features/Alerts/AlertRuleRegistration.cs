using SealGuard.Web.Infrastructure.Jobs;

namespace SealGuard.Web.Features.Alerts;

public static class AlertRuleRegistration
{
    /// <summary>An event or refusal rule: the engine evaluates it with every change or refused attempt.</summary>
    public static IServiceCollection AddAlertRule<TRule>(this IServiceCollection services)
        where TRule : class, IAlertRule
    {
        services.AddScoped<TRule>();
        services.AddScoped<IAlertRule>(sp => sp.GetRequiredService<TRule>());
        if (typeof(IEventAlertRule).IsAssignableFrom(typeof(TRule)))
        {
            services.AddScoped(sp => (IEventAlertRule)sp.GetRequiredService<TRule>());
        }

        if (typeof(IRefusalAlertRule).IsAssignableFrom(typeof(TRule)))
        {
            services.AddScoped(sp => (IRefusalAlertRule)sp.GetRequiredService<TRule>());
        }

        return services;
    }

    /// <summary>A scheduled rule: the rule and its job (<see cref="ScheduledAlertJob{TRule}"/>).</summary>
    public static IServiceCollection AddScheduledAlertRule<TRule>(this IServiceCollection services)
        where TRule : class, IScheduledAlertRule
    {
        services.AddScoped<TRule>();
        services.AddScoped<IAlertRule>(sp => sp.GetRequiredService<TRule>());
        services.AddScoped<IScheduledAlertRule>(sp => sp.GetRequiredService<TRule>());
        return services.AddScheduledJob<ScheduledAlertJob<TRule>>();
    }
}
