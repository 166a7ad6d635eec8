namespace SealGuard.Web.Data;

/// <summary>
/// Reference data a database must hold (the standard code tables), added by <see cref="DatabaseInitializer"/> after the
/// migrations. Features implement it and register it, so the data layer calls no feature code.
/// </summary>
public interface IReferenceData
{
    /// <summary>Idempotent: adds what is missing, never overwrites an administrator's edits.</summary>
    Task SeedAsync(CancellationToken cancellationToken);
}
