using SealGuard.Core.Codes;
using SealGuard.Core.Exchange;
using SealGuard.Core.Filings;
using SealGuard.Core.People;

namespace SealGuard.Core.Organizations;

/// <summary>
/// 用章单位: the organization a seal belongs to; 12-digit OrgCode inside the system, CreditCode outside. The master
/// record is written once by the first intake; its name and legal representative change only by an approved
/// <see cref="OrganizationChange"/> (变更备案), never by a later intake.
/// </summary>
public sealed class Organization : IFerried
{
    public long Id { get; private set; }
    public Guid Key { get; private set; }
    public long Version { get; private set; }
    public string OrgCode { get; private set; } = null!;
    public string CreditCode { get; private set; } = null!;
    public string Name { get; private set; } = null!;
    public string Type { get; private set; } = null!;
    public string DivisionCode { get; private set; } = null!;
    public string Address { get; private set; } = null!;
    public PersonRecord LegalRepresentative { get; private set; } = null!;
    public DateTime RegisteredAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    /// <summary>Whether the organization still exists (存续) or was deregistered (注销); see <see cref="OrganizationStateChange"/>.</summary>
    public OrganizationState State { get; private set; } = OrganizationState.Active;

    private Organization()
    {
    }

    public Organization(string orgCode, OrganizationDetails details, DateTime now)
    {
        Key = StableKey.New(now);
        Version = 1;
        OrgCode = orgCode;
        CreditCode = details.CreditCode;
        Name = details.Name;
        Type = details.Type;
        DivisionCode = details.DivisionCode;
        Address = details.Address;
        LegalRepresentative = details.LegalRepresentative;
        RegisteredAt = now;
        UpdatedAt = now;
    }

    /// <summary>
    /// Marks the organization deregistered or active again, recording who said so (an officer now, market regulation
    /// later); refused when it is already in that state, so the history holds only real changes.
    /// </summary>
    public (OrganizationStateChange? Change, CodeError? Error) ChangeState(OrganizationState state, string note, OrganizationStateSource source, EventActor actor, DateTime now)
    {
        if (state == State)
        {
            return (null, RuleViolation.Of("Organization.StateUnchanged"));
        }

        State = state;
        UpdatedAt = now;
        return (new OrganizationStateChange(Id, state, note, source, actor, now), null);
    }

    /// <summary>Applies an approved change filing; only <see cref="OrganizationChange.Approve"/> calls it.</summary>
    internal void ApplyChange(string? name, PersonRecord? legalRepresentative, DateTime now)
    {
        Name = name ?? Name;
        LegalRepresentative = legalRepresentative ?? LegalRepresentative;
        UpdatedAt = now;
    }
}
