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

    /// <summary>核验: pending until an officer checks or returns it (<see cref="FilingReview"/>).</summary>
    public ReviewState ReviewState { get; private set; } = ReviewState.Pending;

    /// <summary>The reasons of the current return, comma-separated <see cref="ReturnReason"/> names; null unless returned.</summary>
    public string? ReturnReasonCodes { get; private set; }

    /// <summary>The officer's note with the last decision.</summary>
    public string? ReviewNote { get; private set; }

    public DateTime? ReviewedAt { get; private set; }
    public long? ReviewedByUserId { get; private set; }

    /// <summary>When the shop last resubmitted after a return; a pending filing waits since then, else since intake.</summary>
    public DateTime? ResubmittedAt { get; private set; }

    public IReadOnlyList<ReturnReason> ReturnReasons => ReturnReasonCodes is null
        ? []
        : [.. ReturnReasonCodes.Split(',').Select(Enum.Parse<ReturnReason>)];
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

    /// <summary>已核验: every seal's history records it, and a suspension of the seals is lifted.</summary>
    public CodeError? Check(string? note, EventActor actor, DateTime now)
    {
        if (FilingReview.DecisionRefusal(this) is { } refused)
        {
            return refused;
        }

        Decide(ReviewState.Checked, null, note, actor, now);
        foreach (var seal in _seals)
        {
            var lifted = seal.Suspended ? Messages.Get("Review.SuspensionLifted") : null;
            seal.RecordReview(SealAction.Checked, false, Join(note, lifted), actor, now);
        }

        return null;
    }

    /// <summary>
    /// 退回 with reasons; <paramref name="suspendSeals"/> also suspends the seals still in use until the filing is checked.
    /// A seal suspended by an earlier return stays suspended.
    /// </summary>
    public CodeError? Return(IReadOnlyCollection<ReturnReason> reasons, string? note, bool suspendSeals, EventActor actor, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        if ((FilingReview.DecisionRefusal(this) ?? FilingReview.ReasonsRefusal(reasons, note)) is { } refused)
        {
            return refused;
        }

        Decide(ReviewState.Returned, string.Join(',', reasons.Distinct().Order()), note, actor, now);
        var described = Join(FilingReview.Describe(reasons), note);
        foreach (var seal in _seals)
        {
            var suspend = seal.Suspended || (suspendSeals && seal.Life == LifeState.InUse);
            seal.RecordReview(SealAction.Returned, suspend, suspend && !seal.Suspended ? Join(described, Messages.Get("Review.SealsSuspended")) : described, actor, now);
        }

        return null;
    }

    /// <summary>
    /// The shop resubmits a returned filing after correcting it: only the contact data may change here (the agent's
    /// phone, the organization's address); materials and imprints are corrected through their own uploads.
    /// </summary>
    public CodeError? Resubmit(PhoneNumber? agentPhone, string? organizationAddress, string? note, EventActor actor, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (FilingReview.ResubmissionRefusal(this) is { } refused)
        {
            return refused;
        }

        if (agentPhone is { } phone)
        {
            Agent = new PersonRecord { Name = Agent.Name, IdNumberCipher = Agent.IdNumberCipher, IdNumberIndex = Agent.IdNumberIndex, Phone = phone.Value };
        }

        if (organizationAddress is not null)
        {
            OrganizationAddress = organizationAddress;
        }

        ReviewState = ReviewState.Pending;
        ResubmittedAt = now;
        foreach (var seal in _seals)
        {
            seal.RecordReview(SealAction.Resubmitted, seal.Suspended, note, actor, now);
        }

        return null;
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

    private void Decide(ReviewState state, string? reasons, string? note, EventActor actor, DateTime now)
    {
        ReviewState = state;
        ReturnReasonCodes = reasons;
        ReviewNote = note;
        ReviewedAt = now;
        ReviewedByUserId = actor.UserId;
    }

    private static string? Join(string? first, string? second) =>
        string.IsNullOrEmpty(first) ? second : string.IsNullOrEmpty(second) ? first : first + "；" + second;
}
