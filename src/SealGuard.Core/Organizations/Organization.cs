using SealGuard.Core.People;

namespace SealGuard.Core.Organizations;

/// <summary>用章单位: the organization a seal belongs to; 12-digit OrgCode inside the system, CreditCode outside.</summary>
public sealed class Organization
{
    public long Id { get; private set; }
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
        OrgCode = orgCode;
        CreditCode = details.CreditCode;
        RegisteredAt = now;
        Update(details, now);
    }

    /// <summary>A later filing carries the organization's current details (e.g. a new legal representative).</summary>
    public void Update(OrganizationDetails details, DateTime now)
    {
        Name = details.Name;
        Type = details.Type;
        DivisionCode = details.DivisionCode;
        Address = details.Address;
        LegalRepresentative = details.LegalRepresentative;
        UpdatedAt = now;
    }
}
