using SealGuard.Core.Codes;
using SealGuard.Core.Filings;
using SealGuard.Core.People;

namespace SealGuard.Core.Organizations;

public enum OrganizationChangeState
{
    Pending = 1,
    Approved = 2,
    Rejected = 3,
}

/// <summary>
/// 变更备案: a shop files a change of an organization's name and/or legal representative, naming which of its in-use
/// seals are surrendered as changed; police of the organization's jurisdiction approve (the master record changes and
/// those seals are surrendered in the same change) or reject it with a reason.
/// </summary>
public sealed class OrganizationChange
{
    public const int MaxNoteLength = 500;

    private readonly List<OrganizationChangeSeal> _seals = [];

    public long Id { get; private set; }
    public long OrganizationId { get; private set; }
    public long ShopId { get; private set; }

    /// <summary>The organization's division when filed: the jurisdiction that reviews it.</summary>
    public string DivisionCode { get; private set; } = null!;

    public string OldName { get; private set; } = null!;
    public string? NewName { get; private set; }
    public PersonRecord OldLegalRepresentative { get; private set; } = null!;
    public PersonRecord? NewLegalRepresentative { get; private set; }
    public string Note { get; private set; } = null!;
    public OrganizationChangeState State { get; private set; }
    public DateTime FiledAt { get; private set; }
    public long FiledByUserId { get; private set; }
    public DateTime? ReviewedAt { get; private set; }
    public long? ReviewedByUserId { get; private set; }
    public string? ReviewNote { get; private set; }

    /// <summary>Optimistic concurrency: a pending change is decided once, whoever clicks first.</summary>
    public int Version { get; private set; }

    /// <summary>The seals to surrender when the change is approved.</summary>
    public IReadOnlyList<OrganizationChangeSeal> Seals => _seals;

    private OrganizationChange()
    {
    }

    private OrganizationChange(Organization organization, long shopId, string? newName, PersonRecord? newLegalRepresentative, string note, EventActor actor, DateTime now)
    {
        OrganizationId = organization.Id;
        ShopId = shopId;
        DivisionCode = organization.DivisionCode;
        OldName = organization.Name;
        NewName = newName;
        OldLegalRepresentative = organization.LegalRepresentative;
        NewLegalRepresentative = newLegalRepresentative;
        Note = note;
        State = OrganizationChangeState.Pending;
        FiledAt = now;
        FiledByUserId = actor.UserId;
    }

    /// <summary>
    /// Files a change. It must change something (a new name, or a legal representative with another ID number), and each
    /// seal to surrender must be one of the organization's delivered, in-use seals.
    /// </summary>
    /// <returns>The change, or the rule it breaks with the field it concerns (<c>newName</c>, <c>seals[i]</c>…).</returns>
    public static (OrganizationChange? Change, string? Field, CodeError? Error) File(
        Organization organization, long shopId, string? newName, PersonRecord? newLegalRepresentative, string note, IReadOnlyList<Seal> sealsToSurrender, EventActor actor, DateTime now)
    {
        if (newName is null && newLegalRepresentative is null)
        {
            return (null, "newName", RuleViolation.Of("OrganizationChange.NothingChanged"));
        }

        if (newName is not null && string.Equals(newName, organization.Name, StringComparison.Ordinal))
        {
            return (null, "newName", RuleViolation.Of("OrganizationChange.SameName"));
        }

        if (newLegalRepresentative is not null && newLegalRepresentative.IsSamePersonAs(organization.LegalRepresentative))
        {
            return (null, "newLegalRepresentative.idNumber", RuleViolation.Of("OrganizationChange.SameLegalRepresentative"));
        }

        for (var i = 0; i < sealsToSurrender.Count; i++)
        {
            var seal = sealsToSurrender[i];
            if (seal.OrganizationId != organization.Id || seal.Life != LifeState.InUse || seal.Flow != FlowState.Delivered)
            {
                return (null, $"surrenderSealCodes[{i}]", RuleViolation.Of("OrganizationChange.SealNotInUse"));
            }
        }

        var change = new OrganizationChange(organization, shopId, newName, newLegalRepresentative, note, actor, now);
        foreach (var seal in sealsToSurrender.DistinctBy(s => s.SealCode))
        {
            change._seals.Add(new OrganizationChangeSeal(seal.Id, seal.SealCode));
        }

        return (change, null, null);
    }

    /// <summary>
    /// Approves: the master record takes the new name and/or legal representative, and the chosen seals still in use or
    /// reported lost are surrendered with a note naming the change (one already surrendered or scrapped stays as it is).
    /// </summary>
    /// <returns>The rule broken, or <see langword="null"/> and the seals surrendered.</returns>
    public (CodeError? Error, IReadOnlyList<Seal> Surrendered) Approve(Organization organization, IReadOnlyCollection<Seal> seals, EventActor actor, DateTime now)
    {
        if (State != OrganizationChangeState.Pending)
        {
            return (RuleViolation.Of("OrganizationChange.NotPending"), []);
        }

        if (organization.Id != OrganizationId)
        {
            throw new ArgumentException("The change belongs to another organization.", nameof(organization));
        }

        organization.ApplyChange(NewName, NewLegalRepresentative, now);
        var note = Messages.Get("OrganizationChange.SealSurrendered", Id);
        var surrendered = new List<Seal>();
        foreach (var seal in seals.Where(s => _seals.Exists(c => c.SealCode == s.SealCode) && LifeStateRule.Check(s, LifeState.Surrendered) is null))
        {
            seal.Surrender(actor, now, note);
            surrendered.Add(seal);
        }

        Decide(OrganizationChangeState.Approved, actor, now, null);
        return (null, surrendered);
    }

    public CodeError? Reject(string reason, EventActor actor, DateTime now)
    {
        if (State != OrganizationChangeState.Pending)
        {
            return RuleViolation.Of("OrganizationChange.NotPending");
        }

        Decide(OrganizationChangeState.Rejected, actor, now, reason);
        return null;
    }

    private void Decide(OrganizationChangeState state, EventActor actor, DateTime now, string? reviewNote)
    {
        State = state;
        ReviewedAt = now;
        ReviewedByUserId = actor.UserId;
        ReviewNote = reviewNote;
        Version++;
    }
}

/// <summary>A seal a change filing surrenders when approved.</summary>
public sealed class OrganizationChangeSeal
{
    public long Id { get; private set; }
    public long OrganizationChangeId { get; private set; }
    public long SealId { get; private set; }
    public string SealCode { get; private set; } = null!;

    private OrganizationChangeSeal()
    {
    }

    internal OrganizationChangeSeal(long sealId, string sealCode)
    {
        SealId = sealId;
        SealCode = sealCode;
    }
}
