using SealGuard.Web.Data;
using SealGuard.Web.Infrastructure.Jobs;

namespace SealGuard.Web.Features.Alerts;

/// <summary>How far a scheduled rule has looked: the upper bound of the last run's window, so the next run reads only what is new.</summary>
public sealed class AlertWatermark
{
    public string Rule { get; private set; } = null!;
    public DateTime Position { get; private set; }

    private AlertWatermark()
    {
    }

    public AlertWatermark(string rule, DateTime position)
    {
        Rule = rule;
        Position = position;
    }

    /// <summary>Moves forward only: a threshold raised later must not make a window be read twice.</summary>
    public void Advance(DateTime position)
    {
        if (position > Position)
        {
            Position = position;
        }
    }
}

/// <summary>One run of a scheduled rule: its context and the window since the last run (incremental).</summary>
public sealed class ScheduledAlertRun(AlertRuleContext context, SealGuardDbContext db, AlertWatermark? watermark)
{
    public AlertRuleContext Context => context;

    public SealGuardDbContext Db => db;

    /// <summary>The upper bound the previous run read to; <see cref="DateTime.MinValue"/> on the first run.</summary>
    public DateTime Since => watermark?.Position ?? DateTime.MinValue;

    /// <summary>What the run raised.</summary>
    public int Raised { get; set; }

    internal DateTime? Until { get; private set; }

    /// <summary>The run read everything up to <paramref name="until"/>; the next one starts there.</summary>
    public void ReadUntil(DateTime until) => Until = until;
}

/// <summary>
/// A scheduled rule as a job (ADR 0005): every <c>SealGuard:Alerts:ScheduleMinutes</c> (default 15; 0 switches the
/// scheduled rules off), also at start. A run that finds its rule switched off reads nothing and keeps its watermark.
/// </summary>
public sealed class ScheduledAlertJob<TRule>(IConfiguration configuration, TimeProvider clock) : IScheduledJob
    where TRule : IScheduledAlertRule
{
    public string Name { get; } = "alert-" + typeof(TRule).Name.Replace("Rule", string.Empty, StringComparison.Ordinal).ToLowerInvariant();

    public TimeSpan Interval { get; } = TimeSpan.FromMinutes(configuration.GetValue("SealGuard:Alerts:ScheduleMinutes", 15));

    public bool RunsAtStart => true;

    public Task RunAsync(IServiceProvider scope, CancellationToken cancellationToken) =>
        ScheduledAlertRunner.RunAsync(scope, scope.GetRequiredService<TRule>(), clock, cancellationToken);
}

/// <summary>Runs a scheduled rule once in a unit of work: the alerts and the moved watermark commit together.</summary>
public static class ScheduledAlertRunner
{
    /// <returns>How many alerts the run raised.</returns>
    public static async Task<int> RunAsync(IServiceProvider scope, IScheduledAlertRule rule, TimeProvider clock, CancellationToken cancellationToken)
    {
        var context = scope.GetRequiredService<AlertRuleContexts>().For(rule, clock);
        if (!(await context.SettingsAsync(cancellationToken)).Enabled)
        {
            return 0;
        }

        var db = scope.GetRequiredService<SealGuardDbContext>();
        var outcome = await scope.GetRequiredService<UnitOfWork>().ExecuteAsync<int>(async ct =>
        {
            var watermark = await db.Set<AlertWatermark>().FindAsync([rule.Rule], ct);
            var run = new ScheduledAlertRun(context, db, watermark);
            await rule.RunAsync(run, ct);
            if (run.Until is { } until)
            {
                if (watermark is null)
                {
                    db.Add(new AlertWatermark(rule.Rule, until));
                }
                else
                {
                    watermark.Advance(until);
                }
            }

            return run.Raised;
        }, cancellationToken);

        // Another instance's overlapping run moved the same watermark: this run wrote nothing, the next one reads on.
        return outcome.Failure is { } failure ? throw new InvalidOperationException($"Alert rule {rule.Rule} was not run: {failure.Code}.") : outcome.Value;
    }
}
