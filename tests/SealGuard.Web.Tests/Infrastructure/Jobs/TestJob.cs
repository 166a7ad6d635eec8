using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SealGuard.Web.Data;
using SealGuard.Web.Infrastructure.Jobs;

namespace SealGuard.Web.Tests.Infrastructure.Jobs;

/// <summary>
/// A job of the test's own: a name no other test uses (its lease row is its own, even on the shared app's database),
/// counting its runs, failing while <see cref="Failing"/> is set.
/// </summary>
internal sealed class TestJob(TimeSpan interval, bool runsAtStart = false) : IScheduledJob
{
    /// <summary>What a failing run throws: a message quoting a (synthetic) name, which must not reach the lease row.</summary>
    public const string FailureMessage = "申请人 张三 的材料读取失败";

    private int _runs;

    public string Name { get; } = "test-" + Guid.NewGuid().ToString("N")[..12];

    public TimeSpan Interval => interval;

    public bool RunsAtStart => runsAtStart;

    public bool Failing { get; set; }

    public int Runs => Volatile.Read(ref _runs);

    public async Task RunAsync(IServiceProvider scope, CancellationToken cancellationToken)
    {
        // The run's own scope gives it a working DbContext.
        await scope.GetRequiredService<SealGuardDbContext>().Database.ExecuteSqlRawAsync("SELECT 1", cancellationToken);
        Interlocked.Increment(ref _runs);
        if (Failing)
        {
            throw new InvalidOperationException(FailureMessage);
        }
    }

    public Task<JobLease> LeaseAsync(SealGuardApp app) =>
        app.WithDbAsync(db => db.Set<JobLease>().AsNoTracking().SingleAsync(l => l.JobName == Name, TestContext.Current.CancellationToken));

    /// <summary>Waits until the job has run <paramref name="count"/> times: the runner runs it on its own task.</summary>
    public async Task WaitForRunsAsync(int count)
    {
        for (var attempt = 0; attempt < 200 && Runs < count; attempt++)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        Runs.ShouldBe(count);
    }
}
