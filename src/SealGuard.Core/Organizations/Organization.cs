using SealGuard.Core.Exchange;
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

    /// <summary>Applies an approved change filing; only <see cref="OrganizationChange.Approve"/> calls it.</summary>
    internal void ApplyChange(string? name, PersonRecord? legalRepresentative, DateTime now)
    {
        Name = name ?? Name;
        LegalRepresentative = legalRepresentative ?? LegalRepresentative;
        UpdatedAt = now;
    }
}
