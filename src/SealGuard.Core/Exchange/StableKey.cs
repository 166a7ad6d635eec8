namespace SealGuard.Core.Exchange;

/// <summary>The stable key of a new <see cref="IFerried"/> entity: a UUID version 7, time-ordered, so the key index grows at its end.</summary>
public static class StableKey
{
    /// <param name="utcNow">The creation time from the caller's clock (UTC whatever its kind says).</param>
    public static Guid New(DateTime utcNow) => Guid.CreateVersion7(new DateTimeOffset(utcNow.Ticks, TimeSpan.Zero));
}
