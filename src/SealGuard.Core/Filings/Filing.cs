using SealGuard.Core.Codes;
using SealGuard.Core.Exchange;
using SealGuard.Core.Organizations;
using SealGuard.Core.People;

namespace SealGuard.Core.Filings;

/// <summary>刻制备案: one order taken by a shop for one organization, with its agent, materials and seals.</summary>
public sealed class Filing : IFerried
{
    private readonly List<FilingDocument> _documents = [];
    private readonly List<Seal> _seals = [];

    public long Id { get; private set; }
    public Guid Key { get; private set; }
    public long Version { get; private set; }
    public long ShopId { get; private set; }

    /// <summary>备案编号 (<see cref="Codes.FilingNumber"/>), allocated at intake; empty only until <see cref="AssignNumber"/>.</summary>
    public string FilingNumber { get; private set; } = string.Empty;

    public long OrganizationId { get; private set; }
    public EngravingReason Reason { get; private set; }
    public PersonRecord Agent { get; private set; } = null!;

    /// <summary>The legal representative at intake time, kept so the power-of-attorney rule does not change with later filings.</summary>
    public PersonRecord LegalRepresentative { get; private set; } = null!;

    /// <summary>The organization's details as presented at intake (the master record is never changed by an intake).</summary>
    public string OrganizationName { get; private set; } = null!;

    public string OrganizationType { get; private set; } = null!;
    public string OrganizationDivisionCode { get; private set; } = null!;
    public string OrganizationAddress { get; private set; } = null!;

    public DateTime AcceptedAt { get; private set; }
    public long AcceptedByUserId { get; private set; }
    public IReadOnlyList<FilingDocument> Documents => _documents;
    public IReadOnlyList<Seal> Seals => _seals;

    public bool AgentIsLegalRepresentative => Agent.IsSamePersonAs(LegalRepresentative);

    private Filing()
    {
    }

    /// <summary>A filing keeps the organization's details as presented, with its own protected copy of the legal representative.</summary>
    public Filing(long shopId, long organizationId, EngravingReason reason, PersonRecord agent, OrganizationDetails organization, EventActor actor, DateTime now)
    {
        Key = StableKey.New(now);
        Version = 1;
        ShopId = shopId;
        OrganizationId = organizationId;
        Reason = reason;
        Agent = agent;
        LegalRepresentative = organization.LegalRepresentative;
        OrganizationName = organization.Name;
        OrganizationType = organization.Type;
        OrganizationDivisionCode = organization.DivisionCode;
        OrganizationAddress = organization.Address;
        AcceptedAt = now;
        AcceptedByUserId = actor.UserId;
    }

    /// <summary>Gives the filing its number once; the caller allocated it for the filing's shop and China-time year.</summary>
    /// <exception cref="InvalidOperationException">The filing already has a number.</exception>
    public void AssignNumber(Codes.FilingNumber number)
    {
        if (FilingNumber.Length > 0)
        {
            throw new InvalidOperationException($"Filing {FilingNumber} already has its number.");
        }

        FilingNumber = number.Value;
    }

    public bool HasDocument(DocumentKind kind) => _documents.Exists(d => d.Kind == kind);

    public FilingDocument AttachDocument(DocumentKind kind, string fileName, string format, string sha256, string normalizedSha256, long byteSize, int widthPx, int heightPx, EventActor actor, DateTime now)
    {
        var document = new FilingDocument(kind, fileName, format, sha256, normalizedSha256, byteSize, widthPx, heightPx, now, actor.UserId);
        _documents.Add(document);
        return document;
    }

    /// <summary>Adds a seal; a replacement names the seal it replaces (checked by <see cref="ReplacementRule.CheckReplaced"/>).</summary>
    public Seal AddSeal(SealCode code, SealSpecification specification, EventActor actor, DateTime now, Seal? replaces = null)
    {
        var seal = new Seal(this, code, specification, replaces, actor, now);
        _seals.Add(seal);
        return seal;
    }
}
