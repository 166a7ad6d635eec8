using SealGuard.Core.Codes;

namespace SealGuard.Core.Filings;

/// <summary>
/// Delivering a Replacement (换刻) of a single-in-use type supersedes the organization's delivered, in-use seal of
/// that type: it is surrendered in the same change, with a note naming the new seal.
/// </summary>
public static class ReplacementRule
{
    public static bool Supersedes(Seal delivered) =>
        delivered.Reason == EngravingReason.Replacement && SingleInUseSealRule.UniqueTypes.Contains(delivered.Type);

    /// <param name="delivered">The replacement just delivered.</param>
    /// <param name="organizationSeals">Candidates: the organization's other seals (more may be passed; they are filtered).</param>
    /// <param name="actor">Who delivered.</param>
    /// <param name="now">When.</param>
    /// <returns>The seals surrendered.</returns>
    public static IReadOnlyList<Seal> SurrenderSuperseded(Seal delivered, IEnumerable<Seal> organizationSeals, EventActor actor, DateTime now)
    {
        if (!Supersedes(delivered))
        {
            return [];
        }

        var superseded = organizationSeals
            .Where(s => !ReferenceEquals(s, delivered) && s.OrganizationId == delivered.OrganizationId && s.Type == delivered.Type
                && s.Life == LifeState.InUse && s.Flow == FlowState.Delivered)
            .ToList();
        foreach (var old in superseded)
        {
            // A delivered, in-use seal can always be surrendered; anything else is a bug, not a user error.
            if (old.Surrender(actor, now, Messages.Get("Seal.ReplacedBy", delivered.SealCode)) is { } error)
            {
                throw new InvalidOperationException(error.Message);
            }
        }

        return superseded;
    }
}
