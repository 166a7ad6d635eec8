namespace SealGuard.Web.Seeding.Demo;

/// <summary>A clock the demo seeder moves through the past, so the demo city has history instead of one busy day.</summary>
internal sealed class DemoClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
