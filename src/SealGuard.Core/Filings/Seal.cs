using SealGuard.Core.Codes;
using SealGuard.Core.Exchange;
using SealGuard.Core.People;
using SealGuard.Core.Shops;

namespace SealGuard.Core.Filings;

/// <summary>
/// One seal with its two independent states. Every state change goes through a method here that checks the
/// rule, changes the state and appends a <see cref="SealEvent"/>; a refused change returns the rule's error.
/// </summary>
public sealed class Seal : IFerried
{
    private readonly List<SealEvent> _history = [];

    public long Id { get; private set; }
    public Guid Key { get; private set; }
    public string SealCode { get; private set; } = null!;
    public string DivisionCode { get; private set; } = null!;
    public long FilingId { get; private set; }
    public Filing Filing { get; private set; } = null!;
    public long OrganizationId { get; private set; }
    public long ShopId { get; private set; }

    /// <summary>
    /// The organization's current name, copied onto the seal so a name search reads matching seals in list order from
    /// one table; set at intake, moved on every rename by the change pipeline (<c>SealOrganizationNames</c>).
    /// </summary>
    public string OrganizationName { get; private set; } = null!;

    public string Type { get; private set; } = null!;
    public string Material { get; private set; } = null!;
    public string Shape { get; private set; } = null!;
    public string? Spec { get; private set; }
    public string Text { get; private set; } = null!;
    public EngravingReason Reason { get; private set; }
    public FlowState Flow { get; private set; }
    public LifeState Life { get; private set; }
    public DateTime AcceptedAt { get; private set; }
    public DateTime? EngravedAt { get; private set; }
    public DateTime? DeliveredAt { get; private set; }
    public DateTime? ReportedLostAt { get; private set; }
    public DateTime? SurrenderedAt { get; private set; }
    public DateTime? ScrappedAt { get; private set; }
    public long? EngraverStaffId { get; private set; }
    public PersonRecord? Recipient { get; private set; }
    public Imprint? Imprint { get; private set; }

    /// <summary>暂停使用: set by an officer with the return of the seal's filing, lifted when it is checked (<see cref="FilingReview"/>).</summary>
    public bool Suspended { get; private set; }

    /// <summary>The seal this one replaces (换刻, 遗失补刻, 损坏重刻); it is retired when this one is delivered.</summary>
    public long? ReplacesSealId { get; private set; }

    public Seal? Replaces { get; private set; }

    /// <summary>
    /// Also the optimistic-concurrency token: two officers or terminals changing one seal at once must not both win. The
    /// unit of work moves it once per committed change, however many transitions the change made.
    /// </summary>
    public long Version { get; private set; }

    public IReadOnlyList<SealEvent> History => _history;

    public int StatusCode => SealStatusCode.From(Flow, Life);

    /// <summary>Whether the seal is in force: delivered and in use (<see cref="SealSteps.IsInForce"/>).</summary>
    public bool IsInForce => SealSteps.IsInForce(Flow, Life);

    /// <summary>What can be done to the seal now (<see cref="SealSteps"/>).</summary>
    public IReadOnlyList<SealStep> AllowedActions => SealSteps.AllowedIn(Flow, Life, Imprint is not null);

    private Seal()
    {
    }

    internal Seal(Filing filing, SealCode code, SealSpecification specification, Seal? replaces, EventActor actor, DateTime now)
    {
        Key = StableKey.New(now);
        Version = 1;
        Filing = filing;
        Replaces = replaces;
        ReplacesSealId = replaces?.Id;
        OrganizationId = filing.OrganizationId;
        ShopId = filing.ShopId;
        OrganizationName = filing.OrganizationName;
        Reason = filing.Reason;
        SealCode = code.Value;
        DivisionCode = code.DivisionCode;
        Type = specification.Type;
        Material = specification.Material;
        Shape = specification.Shape;
        Spec = specification.Spec;
        Text = specification.Text;
        (Flow, Life) = SealSteps.Accepted;
        AcceptedAt = now;
        _history.Add(new SealEvent(SealAction.Accepted, actor, now, null, Flow, null, Life, null));
    }

    public CodeError? Engrave(ShopStaff engraver, EventActor actor, DateTime now)
    {
        var error = Refusal(SealStep.Engrave)
            ?? EngraverRule.Check(this, engraver)
            ?? PowerOfAttorneyRule.Check(Filing)
            ?? NewspaperNoticeRule.Check(Filing);
        if (error is not null)
        {
            return error;
        }

        EngraverStaffId = engraver.Id;
        EngravedAt = now;
        Move(SealAction.Engraved, FlowState.Engraved, Life, actor, now, null);
        return null;
    }

    public CodeError? AttachImprint(Imprint imprint, EventActor actor, DateTime now)
    {
        var error = ImprintRefusal();
        if (error is not null)
        {
            return error;
        }

        Imprint = imprint;
        Move(SealAction.ImprintUploaded, Flow, Life, actor, now, null);
        return null;
    }

    public CodeError? Deliver(PersonRecord recipient, EventActor actor, DateTime now)
    {
        var error = Refusal(SealStep.Deliver);
        if (error is not null)
        {
            return error;
        }

        Recipient = recipient;
        DeliveredAt = now;
        Move(SealAction.Delivered, FlowState.Delivered, Life, actor, now, null);
        return null;
    }

    public CodeError? ReportLost(EventActor actor, DateTime now, string? note)
    {
        var error = Refusal(SealStep.ReportLost);
        if (error is not null)
        {
            return error;
        }

        ReportedLostAt = now;
        Move(SealAction.ReportedLost, Flow, LifeState.ReportedLost, actor, now, note);
        return null;
    }

    public CodeError? Surrender(EventActor actor, DateTime now, string? note)
    {
        var error = Refusal(SealStep.Surrender);
        if (error is not null)
        {
            return error;
        }

        SurrenderedAt = now;
        Move(SealAction.Surrendered, Flow, LifeState.Surrendered, actor, now, note);
        return null;
    }

    public CodeError? Scrap(EventActor actor, DateTime now, string? note)
    {
        var error = Refusal(SealStep.Scrap);
        if (error is not null)
        {
            return error;
        }

        ScrappedAt = now;
        Move(SealAction.Scrapped, Flow, LifeState.Scrapped, actor, now, note);
        return null;
    }

    /// <summary>挂失, 缴销 or 报废 by the life state it leads to.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is <see cref="LifeState.InUse"/>: no step leads back.</exception>
    public CodeError? ChangeLife(LifeState target, EventActor actor, DateTime now, string? note) => SealSteps.ToLifeState(target) switch
    {
        SealStep.ReportLost => ReportLost(actor, now, note),
        SealStep.Surrender => Surrender(actor, now, note),
        SealStep.Scrap => Scrap(actor, now, note),
        _ => throw new ArgumentOutOfRangeException(nameof(target), target, null),
    };

    /// <summary>
    /// Why the seal cannot take an imprint now: the step of its making (<see cref="SealStep.UploadImprint"/>) unless the
    /// imprint is a correction of a returned filing (<see cref="FilingReview.AllowsImprintCorrection"/>). Needs the filing loaded.
    /// </summary>
    public CodeError? ImprintRefusal() =>
        Refusal(SealStep.UploadImprint) is { } refused && !FilingReview.AllowsImprintCorrection(Filing, this) ? refused : null;

    /// <summary>A review decision or a resubmission of the filing in the seal's history, with the seal's suspension after it.</summary>
    internal void RecordReview(SealAction action, bool suspended, string? note, EventActor actor, DateTime now)
    {
        Suspended = suspended;
        _history.Add(new SealEvent(action, actor, now, Flow, Flow, Life, Life, note));
    }

    /// <summary>Why <paramref name="step"/> is not possible now (<see cref="SealSteps.Refusal"/>), or <see langword="null"/>.</summary>
    public CodeError? Refusal(SealStep step) => SealSteps.Refusal(step, Flow, Life, Imprint is not null);

    private void Move(SealAction action, FlowState toFlow, LifeState toLife, EventActor actor, DateTime now, string? note)
    {
        _history.Add(new SealEvent(action, actor, now, Flow, toFlow, Life, toLife, note));
        Flow = toFlow;
        Life = toLife;
    }
}
