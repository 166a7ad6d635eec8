using SealGuard.Core.Filings;

namespace SealGuard.Core.Organizations;

public enum OrganizationState
{
    /// <summary>存续: the organization exists and may use seals.</summary>
    Active = 1,

    /// <summary>已注销: deregistered; its seals no longer vouch for anything.</summary>
    Deregistered = 2,
}

/// <summary>Who told the system about a state change: an officer in the console, or the market regulation feed (a later issue).</summary>
public enum OrganizationStateSource
{
    Officer = 1,
    MarketRegulation = 2,
}

/// <summary>One change of an organization's state, kept for its history: the new state, why, from which source, by whom and when.</summary>
public sealed class OrganizationStateChange
{
    public const int MaxNoteLength = 500;

    public long Id { get; private set; }
    public long OrganizationId { get; private set; }
    public OrganizationState State { get; private set; }
    public string Note { get; private set; } = null!;
    public OrganizationStateSource Source { get; private set; }

    /// <summary>The officer's user id; null for a change from market regulation.</summary>
    public long? ChangedByUserId { get; private set; }

    public string ChangedByName { get; private set; } = null!;
    public DateTime ChangedAt { get; private set; }

    private OrganizationStateChange()
    {
    }

    internal OrganizationStateChange(long organizationId, OrganizationState state, string note, OrganizationStateSource source, EventActor actor, DateTime now)
    {
        OrganizationId = organizationId;
        State = state;
        Note = note;
        Source = source;
        ChangedByUserId = source == OrganizationStateSource.Officer ? actor.UserId : null;
        ChangedByName = actor.UserName;
        ChangedAt = now;
    }
}
