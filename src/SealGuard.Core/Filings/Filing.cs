using SealGuard.Core.Codes;
using SealGuard.Core.People;

namespace SealGuard.Core.Filings;

/// <summary>刻制备案: one order taken by a shop for one organization, with its agent, materials and seals.</summary>
public sealed class Filing
{
    private readonly List<FilingDocument> _documents = [];
    private readonly List<Seal> _seals = [];

    public long Id { get; private set; }
    public long ShopId { get; private set; }
    public long OrganizationId { get; private set; }
    public EngravingReason Reason { get; private set; }
    public PersonRecord Agent { get; private set; } = null!;

    /// <summary>The legal representative at intake time, kept so the power-of-attorney rule does not change with later filings.</summary>
    public PersonRecord LegalRepresentative { get; private set; } = null!;

    public DateTime AcceptedAt { get; private set; }
    public long AcceptedByUserId { get; private set; }
    public IReadOnlyList<FilingDocument> Documents => _documents;
    public IReadOnlyList<Seal> Seals => _seals;

    public bool AgentIsLegalRepresentative => Agent.IsSamePersonAs(LegalRepresentative);

    private Filing()
    {
    }

    public Filing(long shopId, long organizationId, EngravingReason reason, PersonRecord agent, PersonRecord legalRepresentative, EventActor actor, DateTime now)
    {
        ShopId = shopId;
        OrganizationId = organizationId;
        Reason = reason;
        Agent = agent;
        LegalRepresentative = legalRepresentative;
        AcceptedAt = now;
        AcceptedByUserId = actor.UserId;
    }

    public bool HasDocument(DocumentKind kind) => _documents.Exists(d => d.Kind == kind);

    public FilingDocument AttachDocument(DocumentKind kind, string fileName, string format, string sha256, string normalizedSha256, long byteSize, int widthPx, int heightPx, EventActor actor, DateTime now)
    {
        var document = new FilingDocument(kind, fileName, format, sha256, normalizedSha256, byteSize, widthPx, heightPx, now, actor.UserId);
        _documents.Add(document);
        return document;
    }

    public Seal AddSeal(SealCode code, SealSpecification specification, EventActor actor, DateTime now)
    {
        var seal = new Seal(this, code, specification, actor, now);
        _seals.Add(seal);
        return seal;
    }
}
