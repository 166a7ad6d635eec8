using SealGuard.Core.Exchange;
using SealGuard.Core.Filings;

namespace SealGuard.Core.Shops;

/// <summary>处罚: an administrative penalty decision against a shop, or against one of its staff (<see cref="StaffId"/>).</summary>
public sealed class Penalty : IFerried
{
    public long Id { get; private set; }
    public Guid Key { get; private set; }
    public long Version { get; private set; }

    /// <summary>决定书文号, unique.</summary>
    public string DecisionNumber { get; private set; } = null!;

    public long ShopId { get; private set; }

    /// <summary>The staff member penalised; <see langword="null"/> for a penalty against the shop.</summary>
    public long? StaffId { get; private set; }

    /// <summary>The shop's division, for jurisdiction scoping.</summary>
    public string DivisionCode { get; private set; } = null!;

    public PenaltyType Type { get; private set; }
    public string LegalBasis { get; private set; } = null!;

    /// <summary>In fen (分), never a floating amount.</summary>
    public long? AmountCents { get; private set; }

    public DateOnly DecidedOn { get; private set; }
    public DateOnly? SuspendedFrom { get; private set; }
    public DateOnly? SuspendedTo { get; private set; }
    public DateTime RecordedAt { get; private set; }
    public long RecordedByUserId { get; private set; }
    public string RecordedByName { get; private set; } = null!;

    /// <summary>The 停业整顿 period, if this penalty has one.</summary>
    public SuspensionPeriod? Suspension => SuspendedFrom is { } from && SuspendedTo is { } to ? new SuspensionPeriod(from, to) : null;

    private Penalty()
    {
    }

    /// <summary>Checked beforehand by <see cref="PenaltyRule.Check"/>.</summary>
    public Penalty(PenaltyDecision decision, long shopId, long? staffId, string divisionCode, EventActor recordedBy, DateTime recordedAt)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(recordedBy);
        Key = StableKey.New(recordedAt);
        Version = 1;
        DecisionNumber = decision.DecisionNumber;
        ShopId = shopId;
        StaffId = staffId;
        DivisionCode = divisionCode;
        Type = decision.Type;
        LegalBasis = decision.LegalBasis;
        AmountCents = decision.AmountCents;
        DecidedOn = decision.DecidedOn;
        SuspendedFrom = decision.Suspension?.From;
        SuspendedTo = decision.Suspension?.To;
        RecordedAt = recordedAt;
        RecordedByUserId = recordedBy.UserId;
        RecordedByName = recordedBy.UserName;
    }
}

/// <summary>What a penalty decision says, as parsed from the form.</summary>
public sealed record PenaltyDecision(string DecisionNumber, PenaltyType Type, string LegalBasis, long? AmountCents, DateOnly DecidedOn, SuspensionPeriod? Suspension, bool AgainstStaff);
