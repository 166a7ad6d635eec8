namespace SealGuard.Core.Exchange;

/// <summary>
/// A record that crosses the gatekeeper between the shop-zone and police-zone databases. Both databases issue the
/// same long ids, so the ferry names a row (and every reference to it) by <see cref="Key"/>; <see cref="Version"/>
/// orders the committed states of one row (docs/decisions/0008-stable-keys.md).
/// </summary>
public interface IFerried
{
    /// <summary>Assigned once when the entity is created, the same in every database; never changed.</summary>
    Guid Key { get; }

    /// <summary>1 when created; the unit of work adds one for every committed change of the row.</summary>
    long Version { get; }
}
